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
        if (m.get("labelZh") == null && m.get("labelEn") == null) m.put("labelEn", heading(s));
        m.put("types", links(objects(s, RDF.type.asNode())));
        m.put("facts", facts(s));
        boolean document = isA(s, DFKG.POLICY_DOCUMENT.asNode());
        // A document's mentions would fill its page before its metadata: their quotes are on their own pages.
        if (!document) m.put("quotes", quotes(s));
        m.put("sourceText", sourceText(s));
        if (document) {
            m.put("metadata", metadata(s));
            m.put("outline", outline(s));
        }
        if (isA(s, DFKG.PROGRAMME.asNode())) {
            m.put("timeline", timeline(s));
            m.put("changes", changes(s));
            m.put("sideMentions", sideMentions(s));
        }
        if (isA(s, DFKG.AGENCY.asNode())) {
            m.put("tasksByYear", agencyTasksByYear(s));
            m.put("predecessors", links(path(s, ORG.resultedFrom.asNode(), ORG.originalOrganization.asNode())));
            m.put("successors", links(path(s, ORG.changedBy.asNode(), ORG.resultingOrganization.asNode())));
        }
        if (isA(s, SKOS.Concept.asNode())) {
            List<Node> concepts = new ArrayList<>(List.of(s));
            concepts.addAll(narrowerTransitive(s));
            m.put("mentionedByYear", tasksByYear(concepts, DFKG.MENTIONS_TECHNOLOGY.asNode()));
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

    /**
     * The evidence of the entity itself and of every fact node it points to: each sentence once, with
     * every span it holds marked, and the facts read from it.
     */
    private List<Map<String, Object>> quotes(Node s) {
        List<Map<String, Object>> spans = new ArrayList<>();
        Map<String, Object> own = quote(s, null);
        if (own != null) spans.add(own);
        for (Triple t : graph.find(s, Node.ANY, Node.ANY).toList()) {
            if (spans.size() >= MAX_ROWS) break;
            if (!t.getObject().isURI() || t.getPredicate().equals(Prov.WAS_DERIVED_FROM.asNode())) continue;
            Map<String, Object> q = quote(t.getObject(), t.getPredicate());
            if (q != null) spans.add(q);
        }
        spans.sort(Comparator.comparing(q -> (Integer) q.get("begin")));
        Map<String, Map<String, Object>> bySentence = new LinkedHashMap<>();
        for (Map<String, Object> q : spans) {
            @SuppressWarnings("unchecked")
            String key = ((Map<String, String>) q.get("sentence")).get("iri");
            Map<String, Object> group = bySentence.computeIfAbsent(key, k -> {
                Map<String, Object> g = new LinkedHashMap<>(q);
                g.put("facts", new ArrayList<Map<String, Object>>());
                g.put("marks", new ArrayList<int[]>());
                return g;
            });
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> facts = (List<Map<String, Object>>) group.get("facts");
            Map<String, Object> fact = new LinkedHashMap<>();
            fact.put("via", q.get("via"));
            fact.put("fact", q.get("fact"));
            facts.add(fact);
            @SuppressWarnings("unchecked")
            List<int[]> marks = (List<int[]>) group.get("marks");
            marks.add((int[]) q.get("span"));
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> g : bySentence.values()) {
            @SuppressWarnings("unchecked")
            List<int[]> marks = (List<int[]>) g.remove("marks");
            g.put("segments", segments((String) g.get("text"), marks));
            out.add(g);
        }
        return out;
    }

    /** A sentence cut into plain and marked pieces, overlapping spans merged. */
    private static List<Map<String, Object>> segments(String text, List<int[]> spans) {
        List<int[]> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt((int[] x) -> x[0]));
        List<Map<String, Object>> out = new ArrayList<>();
        int at = 0;
        for (int[] span : sorted) {
            int from = Math.max(at, span[0]);
            int to = Math.max(from, span[1]);
            if (from > at) out.add(Map.of("text", text.substring(at, from), "mark", false));
            if (to > from) out.add(Map.of("text", text.substring(from, to), "mark", true));
            at = Math.max(at, to);
        }
        if (at < text.length()) out.add(Map.of("text", text.substring(at), "mark", false));
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
        q.put("text", text);
        q.put("span", new int[] {text.offsetByCodePoints(0, from), text.offsetByCodePoints(0, to)});
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

    /** A programme's member tasks by year, each with what it says and its lead agencies; the year is an anchor charts link to. */
    private List<Map<String, Object>> timeline(Node programme) {
        Map<String, List<Map<String, Object>>> byYear = new TreeMap<>();
        for (Node task : objects(programme, DFKG.PROGRAMME_MEMBER.asNode())) {
            Node doc = object(task, DFKG.IN_DOCUMENT.asNode());
            Map<String, Object> row = quotedTask(task, doc);
            row.put("leads", links(objects(task, DFKG.LEAD_AGENCY.asNode())));
            byYear.computeIfAbsent(doc == null ? "?" : year(doc), k -> new ArrayList<>()).add(row);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        byYear.forEach((year, rows) -> {
            rows.sort(Comparator.comparing(r -> ((Map<?, ?>) r.get("task")).get("iri").toString()));
            Map<String, Object> leads = new TreeMap<>();
            for (Map<String, Object> r : rows) {
                @SuppressWarnings("unchecked")
                List<Map<String, String>> l = (List<Map<String, String>>) r.get("leads");
                l.forEach(x -> leads.put(x.get("iri"), x));
            }
            out.add(Map.of("year", year, "count", rows.size(), "tasks", rows, "leads", new ArrayList<>(leads.values())));
        });
        return out;
    }

    /** The tasks about another topic that name a programme in one clause (dfkg:programmeMention), with what they say. */
    private List<Map<String, Object>> sideMentions(Node programme) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Node task : objects(programme, DFKG.PROGRAMME_MENTION.asNode())) out.add(quotedTask(task, object(task, DFKG.IN_DOCUMENT.asNode())));
        out.sort(Comparator.comparing(r -> ((Map<?, ?>) r.get("task")).get("iri").toString()));
        return out;
    }

    /** A task with its document and what it says, as a programme page quotes it. */
    private Map<String, Object> quotedTask(Node task, Node doc) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("document", doc == null ? null : link(doc));
        row.put("task", link(task));
        Node text = object(task, DCTerms.description.asNode());
        row.put("quote", text == null ? "" : text.getLiteralLexicalForm());
        return row;
    }

    /** A programme's changes from each document that holds it to the next (dfkg:ProgrammeChange), in order of years. */
    private List<Map<String, Object>> changes(Node programme) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Triple t : graph.find(Node.ANY, DFKG.PROGRAMME_PROPERTY.asNode(), programme).toList()) {
            Node c = t.getSubject();
            if (!isA(c, DFKG.PROGRAMME_CHANGE.asNode())) continue;
            Node from = object(c, DFKG.FROM_DOCUMENT.asNode());
            Node to = object(c, DFKG.TO_DOCUMENT.asNode());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("sort", year(from) + " " + year(to) + " " + from);
            row.put("change", link(c));
            row.put("from", link(from));
            row.put("to", link(to));
            row.put("fromYear", year(from));
            row.put("toYear", year(to));
            row.put("continued", links(objects(c, DFKG.CONTINUED_TASK.asNode())));
            row.put("added", links(objects(c, DFKG.NEW_TASK.asNode())));
            row.put("dropped", links(objects(c, DFKG.DROPPED_TASK.asNode())));
            row.put("counts", ((List<?>) row.get("continued")).size() + " / " + ((List<?>) row.get("added")).size() + " / " + ((List<?>) row.get("dropped")).size());
            row.put("leadsAdded", links(objects(c, DFKG.LEAD_ADDED.asNode())));
            row.put("leadsDropped", links(objects(c, DFKG.LEAD_DROPPED.asNode())));
            row.put("leadsKept", links(objects(c, DFKG.LEAD_KEPT.asNode())));
            List<Map<String, Object>> revisions = new ArrayList<>();
            for (Node r : objects(c, DFKG.TARGET_REVISION_PROPERTY.asNode())) {
                Node fromTarget = object(r, DFKG.FROM_TARGET.asNode());
                Node toTarget = object(r, DFKG.TO_TARGET.asNode());
                Node kind = object(r, DFKG.REVISION.asNode());
                revisions.add(Map.of("from", link(fromTarget), "to", link(toTarget), "revision", kind == null ? "" : link(kind).get("label")));
            }
            row.put("revisions", revisions);
            flagNonEmptyLists(row);
            out.add(row);
        }
        out.sort(Comparator.comparing(r -> (String) r.get("sort")));
        return out;
    }

    /** An agency's tasks by year, each with the role it holds, and the document. */
    private List<Map<String, Object>> agencyTasksByYear(Node agency) {
        Map<String, List<Map<String, Object>>> byYear = new TreeMap<>();
        int n = 0;
        for (Triple t : graph.find(Node.ANY, DFKG.ASSIGNED_PARTY.asNode(), agency).toList()) {
            if (n++ >= MAX_ROWS) break;
            Node assignment = t.getSubject();
            for (Triple h : graph.find(Node.ANY, DFKG.HAS_ASSIGNMENT.asNode(), assignment).toList()) {
                Node task = h.getSubject();
                Node doc = object(task, DFKG.IN_DOCUMENT.asNode());
                Node role = object(assignment, DFKG.ROLE_PROPERTY.asNode());
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("task", link(task));
                row.put("role", role == null ? "" : link(role).get("label"));
                row.put("document", doc == null ? null : link(doc));
                byYear.computeIfAbsent(doc == null ? "?" : year(doc), k -> new ArrayList<>()).add(row);
            }
        }
        return years(byYear);
    }

    /** A document's metadata, in the order a reader cites it. */
    private List<Map<String, Object>> metadata(Node doc) {
        List<Map<String, Object>> out = new ArrayList<>();
        Object[][] fields = {
                {"标题 Title", DCTerms.title.asNode()}, {"文号 Number", DFKG.DOCUMENT_NUMBER.asNode()}, {"发文机关 Issuer", DFKG.ISSUER.asNode()},
                {"发文机关（原文） Issuer as written", DFKG.ISSUER_NAME.asNode()}, {"成文日期 Issued", DCTerms.issued.asNode()},
                {"起始年份 First year", DFKG.PERIOD_START.asNode()}, {"截止年份 Last year", DFKG.PERIOD_END.asNode()},
                {"辖区 Jurisdiction", DFKG.JURISDICTION.asNode()}, {"任务数 Tasks", DFKG.TASK_COUNT.asNode()},
                {"量化指标数 Figures", DFKG.FIGURE_COUNT.asNode()}, {"标识 Identifier", DCTerms.identifier.asNode()}};
        for (Object[] f : fields) {
            Node v = object(doc, (Node) f[1]);
            if (v == null) continue;
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", f[0]);
            if (v.isURI()) row.put("link", link(v));
            else row.put("value", v.isLiteral() ? v.getLiteralLexicalForm() : v.toString());
            out.add(row);
        }
        return out;
    }

    /** A document's sections in reading order, each with the tasks it holds directly. */
    private List<Map<String, Object>> outline(Node doc) {
        List<Node> sections = new ArrayList<>();
        for (Triple t : graph.find(Node.ANY, DFKG.IN_DOCUMENT.asNode(), doc).toList()) {
            if (isA(t.getSubject(), DFKG.SECTION.asNode())) sections.add(t.getSubject());
        }
        sections.sort(Comparator.comparingInt(x -> integer(object(x, Nif.BEGIN_INDEX.asNode()))));
        List<Map<String, Object>> out = new ArrayList<>();
        for (Node section : sections) {
            int tasks = 0;
            for (Triple t : graph.find(Node.ANY, DFKG.IN_SECTION.asNode(), section).toList()) if (isA(t.getSubject(), DFKG.TASK.asNode())) tasks++;
            int level = Math.max(1, integer(object(section, DFKG.LEVEL.asNode())));
            Map<String, Object> row = new LinkedHashMap<>(link(section));
            row.put("indent", (level - 1) * 1.5);
            row.put("tasks", tasks);
            out.add(row);
        }
        return out;
    }

    /** A heading for a node without a label (a sentence, a mention): the start of the text it quotes, or its kind. */
    private String heading(Node s) {
        Node anchor = object(s, Nif.ANCHOR_OF.asNode());
        if (anchor != null && anchor.isLiteral()) {
            String text = anchor.getLiteralLexicalForm();
            return text.length() > 40 ? text.substring(0, 40) + "…" : text;
        }
        Node type = object(s, RDF.type.asNode());
        return type == null ? shortName(s.getURI()) : link(type).get("label") + " " + shortName(s.getURI());
    }

    private List<Node> narrowerTransitive(Node concept) {
        List<Node> out = new ArrayList<>();
        java.util.Deque<Node> todo = new java.util.ArrayDeque<>(objects(concept, SKOS.narrower.asNode()));
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (out.contains(n) || n.equals(concept)) continue;
            out.add(n);
            todo.addAll(objects(n, SKOS.narrower.asNode()));
        }
        return out;
    }

    /** Tasks that point at any of the nodes through the property, grouped by the year of their document, each task once. */
    private List<Map<String, Object>> tasksByYear(List<Node> targets, Node property) {
        Map<String, List<Map<String, String>>> byYear = new TreeMap<>();
        java.util.Set<Node> seen = new java.util.HashSet<>();
        int n = 0;
        for (Node s : targets) {
            for (Triple t : graph.find(Node.ANY, property, s).toList()) {
                if (n >= MAX_ROWS) break;
                Node task = t.getSubject();
                if (!isA(task, DFKG.TASK.asNode()) || !seen.add(task)) continue;
                n++;
                Node doc = object(task, DFKG.IN_DOCUMENT.asNode());
                byYear.computeIfAbsent(doc == null ? "?" : year(doc), k -> new ArrayList<>()).add(link(task));
            }
        }
        return years(byYear);
    }

    /** Tasks grouped by year, as the template lists them: each year with its count and its tasks, in year order. */
    private static List<Map<String, Object>> years(Map<String, ? extends List<?>> byYear) {
        List<Map<String, Object>> out = new ArrayList<>();
        byYear.forEach((year, tasks) -> out.add(Map.of("year", year, "count", tasks.size(), "tasks", tasks)));
        return out;
    }

    /** Sums the build writes for queries (per year, per document, per pair): no reader follows them from a page. */
    private static final List<Node> SUMMARIES = List.of(DFKG.TECHNOLOGY_YEAR.asNode(), DFKG.AGENCY_YEAR.asNode(), DFKG.PROGRAMME_YEAR.asNode(),
            DFKG.PROGRAMME_AGENCY_YEAR.asNode(), DFKG.TECHNOLOGY_USE.asNode(), DFKG.AGENCY_TIE.asNode());

    private List<Map<String, String>> incoming(Node s) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Triple t : graph.find(Node.ANY, Node.ANY, s).toList()) {
            if (out.size() >= 50) break;
            if (!t.getSubject().isURI()) continue;
            if (SUMMARIES.stream().anyMatch(type -> isA(t.getSubject(), type))) continue;
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
