#!/usr/bin/env python3
"""An independent client: reads a dump with rdflib and queries the endpoint over plain HTTP.

Usage: rdflib_client.py DUMP.nq.gz ENDPOINT
Prints two lines: "quads N" (quads rdflib parsed from the dump) and "tasks DOC N" lines (the
endpoint's task counts per document, read with the standard library's JSON parser).
"""
import gzip
import json
import sys
import urllib.parse
import urllib.request

import rdflib


def main(dump, endpoint):
    dataset = rdflib.Dataset()
    with gzip.open(dump, "rb") as f:
        dataset.parse(f, format="nquads")
    # len(Dataset) counts distinct triples across graphs in rdflib 6; quads are the sum over the graphs.
    print("quads", sum(len(graph) for graph in dataset.graphs()))
    query = ("PREFIX dfkg: <https://w3id.org/dfkg/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/> "
             "SELECT ?doc (COUNT(?t) AS ?n) WHERE { ?t a dfkg:Task ; dfkg:inDocument/dcterms:identifier ?doc } "
             "GROUP BY ?doc ORDER BY ?doc")
    request = urllib.request.Request(endpoint + "?" + urllib.parse.urlencode({"query": query}),
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        results = json.load(response)
    for row in results["results"]["bindings"]:
        print("tasks", row["doc"]["value"], row["n"]["value"])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
