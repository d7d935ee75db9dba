package org.dfkg.serve;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.dfkg.vocab.DFKG;

/**
 * The agency network read from the store by the research query {@code queries/agency-network.rq}
 * (packaged with the server), once for each year, lineages merged or kept, and written as GraphML (Gephi, networkx,
 * yEd), as a CSV edge list, or as JSON for the network page. Nodes are agency IRIs with their
 * Chinese and English labels; an edge is two agencies in a pair of roles in a year, weighted by tasks.
 */
final class AgencyNetworkExport {
    static final String QUERY = "queries/agency-network.rq";
    private static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";

    /** An agency of the network: its IRI and labels. */
    record Agency(String iri, String zh, String en) {
        String label() {
            return zh != null ? zh : en != null ? en : iri;
        }
    }

    /** Two agencies in a pair of roles (lead–support) in a year, and the tasks that tie them. */
    record Edge(String source, String target, String sourceRole, String targetRole, int year, int tasks) {
        String roles() {
            return sourceRole + "–" + targetRole;
        }
    }

    record Network(Map<String, Agency> agencies, List<Edge> edges) {}

    private final DatasetGraph dataset;
    private final String query;

    AgencyNetworkExport(DatasetGraph dataset) {
        this.dataset = dataset;
        this.query = SelectRows.packaged(QUERY);
    }

    private static final String YEARS = "PREFIX dfkg: <https://w3id.org/dfkg/ontology#> SELECT DISTINCT ?year WHERE { ?tie a dfkg:AgencyTie ; dfkg:year ?year }";

    /** The network of every year: the query answers one year at a time, so it runs once per year. */
    Network network(boolean mergeLineages) {
        Graph g = Txn.calculateRead(dataset, () -> {
            Graph all = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            List<Node> years = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(dataset).query(YEARS).build()) {
                exec.select().forEachRemaining(b -> years.add(b.get("year")));
            }
            for (Node year : years) {
                try (QueryExec exec = QueryExec.dataset(dataset).query(query).substitution("mergeLineages", NodeValue.booleanReturn(mergeLineages).asNode())
                        .substitution("onlyYear", year).build()) {
                    org.apache.jena.graph.GraphUtil.addInto(all, exec.construct());
                }
            }
            return all;
        });
        Map<String, Agency> agencies = new TreeMap<>();
        for (Triple t : g.find(Node.ANY, SKOS.prefLabel.asNode(), Node.ANY).toList()) {
            String iri = t.getSubject().getURI();
            Agency a = agencies.getOrDefault(iri, new Agency(iri, null, null));
            String lang = t.getObject().getLiteralLanguage();
            String label = t.getObject().getLiteralLexicalForm();
            agencies.put(iri, lang.startsWith("zh") ? new Agency(iri, label, a.en()) : lang.startsWith("en") ? new Agency(iri, a.zh(), label) : a);
        }
        List<Edge> edges = new ArrayList<>();
        for (Triple t : g.find(Node.ANY, RDF.type.asNode(), DFKG.AGENCY_TIE.asNode()).toList()) {
            Node tie = t.getSubject();
            String first = one(g, tie, DFKG.FIRST_AGENCY.asNode()).getURI();
            String second = one(g, tie, DFKG.SECOND_AGENCY.asNode()).getURI();
            agencies.putIfAbsent(first, new Agency(first, null, null));
            agencies.putIfAbsent(second, new Agency(second, null, null));
            edges.add(new Edge(first, second, role(one(g, tie, DFKG.FIRST_ROLE.asNode())), role(one(g, tie, DFKG.SECOND_ROLE.asNode())),
                    Integer.parseInt(one(g, tie, DFKG.YEAR.asNode()).getLiteralLexicalForm()),
                    Integer.parseInt(one(g, tie, DFKG.TASK_COUNT.asNode()).getLiteralLexicalForm())));
        }
        edges.sort(Comparator.comparing(Edge::source).thenComparing(Edge::target).thenComparing(Edge::roles).thenComparingInt(Edge::year));
        return new Network(agencies, edges);
    }

    private static Node one(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).next().getObject();
    }

    private static String role(Node role) {
        return role.getLocalName();
    }

    static String graphml(Network n) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("graphml");
            w.writeDefaultNamespace(GRAPHML);
            key(w, "label", "node", "label", "string");
            key(w, "label_en", "node", "label_en", "string");
            key(w, "roles", "edge", "roles", "string");
            key(w, "year", "edge", "year", "int");
            key(w, "tasks", "edge", "tasks", "int");
            key(w, "weight", "edge", "weight", "double");
            w.writeStartElement("graph");
            w.writeAttribute("id", "agency-network");
            w.writeAttribute("edgedefault", "undirected");
            for (Agency a : n.agencies().values()) {
                w.writeStartElement("node");
                w.writeAttribute("id", a.iri());
                data(w, "label", a.label());
                if (a.en() != null) data(w, "label_en", a.en());
                w.writeEndElement();
            }
            int id = 0;
            for (Edge e : n.edges()) {
                w.writeStartElement("edge");
                w.writeAttribute("id", "e" + id++);
                w.writeAttribute("source", e.source());
                w.writeAttribute("target", e.target());
                data(w, "roles", e.roles());
                data(w, "year", Integer.toString(e.year()));
                data(w, "tasks", Integer.toString(e.tasks()));
                data(w, "weight", Integer.toString(e.tasks()));
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("GraphML", e);
        }
        return out.toString();
    }

    private static void key(XMLStreamWriter w, String id, String domain, String name, String type) throws XMLStreamException {
        w.writeEmptyElement("key");
        w.writeAttribute("id", id);
        w.writeAttribute("for", domain);
        w.writeAttribute("attr.name", name);
        w.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter w, String key, String value) throws XMLStreamException {
        w.writeStartElement("data");
        w.writeAttribute("key", key);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    static String csv(Network n) {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader("source", "target", "source_label", "target_label", "roles", "year", "tasks").get())) {
            for (Edge e : n.edges()) {
                p.printRecord(e.source(), e.target(), n.agencies().get(e.source()).label(), n.agencies().get(e.target()).label(), e.roles(), e.year(), e.tasks());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** For the network page: agencies with their local pages and total tasks, and edges. */
    static String json(Network n, java.util.function.UnaryOperator<String> localHref) {
        Map<String, Integer> degree = new TreeMap<>();
        for (Edge e : n.edges()) {
            degree.merge(e.source(), e.tasks(), Integer::sum);
            degree.merge(e.target(), e.tasks(), Integer::sum);
        }
        JsonArray nodes = new JsonArray();
        for (Agency a : n.agencies().values()) {
            JsonObject o = new JsonObject();
            o.put("id", a.iri());
            o.put("name", a.label());
            o.put("en", a.en() == null ? "" : a.en());
            o.put("href", localHref.apply(a.iri()));
            o.put("tasks", degree.getOrDefault(a.iri(), 0));
            nodes.add(o);
        }
        JsonArray links = new JsonArray();
        for (Edge e : n.edges()) {
            JsonObject o = new JsonObject();
            o.put("source", e.source());
            o.put("target", e.target());
            o.put("sourceRole", e.sourceRole());
            o.put("targetRole", e.targetRole());
            o.put("year", e.year());
            o.put("tasks", e.tasks());
            links.add(o);
        }
        JsonObject all = new JsonObject();
        all.put("nodes", nodes);
        all.put("links", links);
        return all.toString();
    }
}
