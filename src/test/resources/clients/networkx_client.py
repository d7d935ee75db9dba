"""Reads the agency network's exports with networkx, as a researcher would, and prints what it found."""
import csv
import sys

import networkx as nx

graphml_path, csv_path = sys.argv[1], sys.argv[2]

g = nx.read_graphml(graphml_path, force_multigraph=True)
labelled = sum(1 for _, d in g.nodes(data=True) if d.get("label"))
weight = sum(d["tasks"] for _, _, d in g.edges(data=True))
print(f"graphml nodes {g.number_of_nodes()} edges {g.number_of_edges()} tasks {weight} labelled {labelled}")

m = nx.MultiGraph()
with open(csv_path, newline="", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        m.add_edge(row["source"], row["target"], roles=row["roles"], year=int(row["year"]), tasks=int(row["tasks"]))
print(f"csv nodes {m.number_of_nodes()} edges {m.number_of_edges()} tasks {sum(d['tasks'] for _, _, d in m.edges(data=True))}")
