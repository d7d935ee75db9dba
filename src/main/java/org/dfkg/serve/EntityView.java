package org.dfkg.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.dfkg.rdf.IriScheme;
import org.dfkg.vocab.DFKG;
import org.dfkg.vocab.Nif;
import org.dfkg.vocab.Prov;

/**
 * The model behind an entity's HTML page, read from the graph with Jena's graph API (no SPARQL is
 * built from the request, so nothing can be injected): labels, facts with linked neighbours, the
 * source sentence of every fact with its span marked, and neighbours by kind. Values are plain
 * strings; the template escapes them.
 */
final class EntityView {
    private static final int MAX_ROWS = 500;
    private static final int MAX_LITERAL = 1000;

    private final Graph graph;
    private final IriScheme iris;

    EntityView(Graph graph, IriScheme iris) {
        this.graph = graph;
        this.iris = iris;
    }

    boolean exists(Node s) {
        return graph.contains(s, Node.ANY, Node.ANY);
    }

    Map<String, Object> model(Node s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("iri", s.getURI());
        m.put("labelZh", label(s, "zh"));
        m.put("labelEn", label(s, "en"));
        m.put("types", links(objects(s, RDF.type.asNode())));
        m.put("facts", facts(s));
        m.put("quotes", quotes(s));
        m.put("sourceText", sourceText(s));
        if (isA(s, DFKG.PROGRAMME.asNode())) m.put("timeline", timeline(s));
        if (isA(s, DFKG.AGENCY.asNode())) {
            m.put("ledByYear", tasksByYear(s, DFKG.LEAD_AGENCY.asNode(), DFKG.RESPONSIBLE_AGENCY.asNode()));
            m.put("predecessors", links(path(s, ORG.resultedFrom.asNode(), ORG.originalOrganization.asNode())));
            m.put("successors", links(path(s, ORG.changedBy.asNode(), ORG.resultingOrganization.asNode())));
        }
        if (isA(s, SKOS.Concept.asNode())) {
            m.put("mentionedByYear", tasksByYear(s, DFKG.MENTIONS_TECHNOLOGY.asNode()));
            m.put("broader", links(objects(s, SKOS.broader.asNode())));
            m.put("narrower", links(objects(s, SKOS.narrower.asNode())));
        }
        m.put("incoming", incoming(s));
        flagNonEmptyLists(m);
        return m;
    }

    /** Mustache has no test for "a non-empty list" that does not also iterate it: has_X marks one. */
    static void flagNonEmptyLists(Map<String, Object> m) {
        for (var e : new ArrayList<>(m.entrySet())) {
            if (e.getValue() instanceof List<?> l && !l.isEmpty()) m.put("has_" + e.getKey(), Boolean.TRUE);
        }
    }

    private List<Map<String, Object>> facts(Node s) {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Triple> triples = graph.find(s, Node.ANY, Node.ANY).toList();
        triples.sort(Comparator.comparing((Triple t) -> t.getPredicate().getURI()).thenComparing(t -> t.getObject().toString()));
        for (Triple t : triples) {
            if (rows.size() >= MAX_ROWS) break;
            if (t.getPredicate().equals(RDF.type.asNode())) continue;
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("property", link(t.getPredicate()));
            Node o = t.getObject();
            if (o.isURI()) {
                row.put("link", link(o));
            } else if (o.isLiteral()) {
                String text = o.getLiteralLexicalForm();
                row.put("literal", text.length() > MAX_LITERAL ? text.substring(0, MAX_LITERAL) + "… (" + text.length() + " characters)" : text);
                row.put("lang", o.getLiteralLanguage());
            } else {
                row.put("literal", "(blank node)");
            }
            rows.add(row);
        }
        return rows;
    }

    /** The evidence of the entity itself and of every fact node it points to: the sentence, with the span marked. */
    private List<Map<String, Object>> quotes(Node s) {
        List<Map<String, Object>> out = new ArrayList<>();
        Map<String, Object> own = quote(s, null);
        if (own != null) out.add(own);
        for (Triple t : graph.find(s, Node.ANY, Node.ANY).toList()) {
            if (out.size() >= MAX_ROWS) break;
            if (!t.getObject().isURI() || t.getPredicate().equals(Prov.WAS_DERIVED_FROM.asNode())) continue;
            Map<String, Object> q = quote(t.getObject(), t.getPredicate());
            if (q != null) out.add(q);
        }
        out.sort(Comparator.comparing(q -> (Integer) q.get("begin")));
        return out;
    }

    private Map<String, Object> quote(Node fact, Node via) {
        Node anchor = object(fact, Nif.ANCHOR_OF.asNode());
        Node sentence = object(fact, Prov.WAS_DERIVED_FROM.asNode());
        if (anchor == null || sentence == null || !anchor.isLiteral()) return null;
        Node sentenceText = object(sentence, Nif.ANCHOR_OF.asNode());
        int factBegin = integer(object(fact, Nif.BEGIN_INDEX.asNode()));
        int factEnd = integer(object(fact, Nif.END_INDEX.asNode()));
        int sentenceBegin = integer(object(sentence, Nif.BEGIN_INDEX.asNode()));
        if (sentenceText == null || factBegin < 0 || sentenceBegin < 0) return null;
        String text = sentenceText.getLiteralLexicalForm();
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("begin", factBegin);
        if (via != null) q.put("via", link(via));
        q.put("fact", link(fact));
        int codePoints = text.codePointCount(0, text.length());
        int from = Math.max(0, Math.min(codePoints, factBegin - sentenceBegin));
        int to = Math.max(from, Math.min(codePoints, factEnd - sentenceBegin));
        int a = text.offsetByCodePoints(0, from);
        int b = text.offsetByCodePoints(0, to);
        q.put("before", text.substring(0, a));
        q.put("mark", text.substring(a, b));
        q.put("after", text.substring(b));
        context(sentence, q);
        return q;
    }

    /** A task's own text: its sentences, with its document and section. */
    private Map<String, Object> sourceText(Node s) {
        if (object(s, Nif.ANCHOR_OF.asNode()) != null) return null;
        List<Node> sentences = objects(s, Prov.WAS_DERIVED_FROM.asNode());
        if (sentences.isEmpty()) return null;
        sentences.sort(Comparator.comparingInt(x -> integer(object(x, Nif.BEGIN_INDEX.asNode()))));
        StringBuilder text = new StringBuilder();
        for (Node x : sentences) {
            Node t = object(x, Nif.ANCHOR_OF.asNode());
            if (t != null) text.append(t.getLiteralLexicalForm());
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", text.toString());
        context(sentences.getFirst(), m);
        return m;
    }

    private void context(Node sentence, Map<String, Object> into) {
        Node doc = object(sentence, DFKG.IN_DOCUMENT.asNode());
        Node section = object(sentence, DFKG.IN_SECTION.asNode());
        if (doc != null) into.put("document", link(doc));
        if (section != null) into.put("section", link(section));
        into.put("sentence", link(sentence));
    }

    private List<Map<String, Object>> timeline(Node programme) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Node task : objects(programme, DFKG.PROGRAMME_MEMBER.asNode())) {
            Node doc = object(task, DFKG.IN_DOCUMENT.asNode());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("year", doc == null ? "" : year(doc));
            row.put("document", doc == null ? null : link(doc));
            row.put("task", link(task));
            rows.add(row);
        }
        rows.sort(Comparator.comparing((Map<String, Object> r) -> (String) r.get("year"))
                .thenComparing(r -> ((Map<?, ?>) r.get("task")).get("label").toString()));
        return rows;
    }

    /** Tasks that point at {@code s} through any of the properties, grouped by the year of their document. */
    private List<Map<String, Object>> tasksByYear(Node s, Node... properties) {
        Map<String, List<Map<String, String>>> byYear = new TreeMap<>();
        int n = 0;
        for (Node p : properties) {
            for (Triple t : graph.find(Node.ANY, p, s).toList()) {
                if (n++ >= MAX_ROWS) break;
                Node task = t.getSubject();
                if (!isA(task, DFKG.TASK.asNode())) continue;
                Node doc = object(task, DFKG.IN_DOCUMENT.asNode());
                byYear.computeIfAbsent(doc == null ? "?" : year(doc), k -> new ArrayList<>()).add(link(task));
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        byYear.forEach((year, tasks) -> out.add(Map.of("year", year, "count", tasks.size(), "tasks", tasks)));
        return out;
    }

    private List<Map<String, String>> incoming(Node s) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Triple t : graph.find(Node.ANY, Node.ANY, s).toList()) {
            if (out.size() >= 50) break;
            if (!t.getSubject().isURI()) continue;
            Map<String, String> row = new LinkedHashMap<>(link(t.getSubject()));
            row.put("via", label(t.getPredicate(), "en"));
            out.add(row);
        }
        return out;
    }

    private String year(Node doc) {
        Node y = object(doc, DFKG.PERIOD_START.asNode());
        return y == null ? "?" : y.getLiteralLexicalForm();
    }

    private List<Node> path(Node s, Node p1, Node p2) {
        List<Node> out = new ArrayList<>();
        for (Node mid : objects(s, p1)) out.addAll(objects(mid, p2));
        return out;
    }

    private List<Map<String, String>> links(List<Node> nodes) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Node n : nodes) if (n.isURI()) out.add(link(n));
        return out;
    }

    /** A link to a node: its local path when the server serves it, its label and its IRI. */
    Map<String, String> link(Node n) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("iri", n.getURI());
        m.put("href", localHref(n.getURI()));
        String zh = label(n, "zh");
        String en = label(n, "en");
        m.put("label", zh != null ? zh + (en != null && !en.equals(zh) ? " · " + en : "") : en != null ? en : shortName(n.getURI()));
        return m;
    }

    String localHref(String iri) {
        return localHref(iris, iri);
    }

    /** Where this server shows a node of the dataset: its path here, or the IRI itself when it is not ours. */
    static String localHref(IriScheme iris, String iri) {
        if (iri.startsWith(iris.base())) return "/" + iri.substring(iris.base().length()).replace("#", "/");
        return iri;
    }

    String label(Node n, String lang) {
        if (n == null) return "";
        for (Node p : new Node[] {SKOS.prefLabel.asNode(), RDFS.label.asNode(), DCTerms.title.asNode()}) {
            for (Node o : objects(n, p)) {
                if (o.isLiteral() && o.getLiteralLanguage().startsWith(lang)) return o.getLiteralLexicalForm();
            }
        }
        return null;
    }

    private static String shortName(String iri) {
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }

    private boolean isA(Node s, Node type) {
        return graph.contains(s, RDF.type.asNode(), type);
    }

    private List<Node> objects(Node s, Node p) {
        List<Node> out = new ArrayList<>();
        graph.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        out.sort(Comparator.comparing(Node::toString));
        return out;
    }

    private Node object(Node s, Node p) {
        return object(graph, s, p);
    }

    /** One object of (s, p) in the graph, or null. */
    static Node object(Graph graph, Node s, Node p) {
        var it = graph.find(s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private static int integer(Node n) {
        if (n == null || !n.isLiteral()) return -1;
        try {
            return Integer.parseInt(n.getLiteralLexicalForm());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** The resource's description for RDF clients: its own triples, and the labels of what they point at. */
    Graph describe(Node s) {
        Graph out = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        for (Triple t : graph.find(s, Node.ANY, Node.ANY).toList()) {
            out.add(t);
            Node o = t.getObject();
            if (o.isURI() && !t.getPredicate().equals(RDF.type.asNode())) {
                for (Node p : new Node[] {SKOS.prefLabel.asNode(), RDFS.label.asNode()}) {
                    graph.find(o, p, Node.ANY).forEachRemaining(out::add);
                }
            }
        }
        return out;
    }
}
