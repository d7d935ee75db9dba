package org.dfkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.dfkg.vocab.DFKG;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.dfkg.rdf.IriScheme;

/**
 * Full-text search over task text at {@code /search?q=…}, server-rendered. The SPARQL is a
 * parameterised query: the user's words are bound as one literal (and Lucene's operators in them
 * escaped), never spliced into the query text.
 */
final class SearchServlet extends HttpServlet {
    static final int MAX_HITS = 100;
    /** Only the text match: joining it with other patterns trips a Jena 6.0.0 bug ("Peek iterator is already empty"). */
    private static final String QUERY = """
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?task ?score WHERE { (?task ?score) text:query (dcterms:description ?words ?limit) }
            """;

    private final DatasetGraph dataset;
    private final IriScheme iris;
    private final Pages pages;

    SearchServlet(DatasetGraph dataset, IriScheme iris, Pages pages) {
        this.dataset = dataset;
        this.iris = iris;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String q = request.getParameter("q");
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "检索 Search");
        model.put("q", q == null ? "" : q);
        if (q != null && !q.isBlank()) {
            List<Map<String, Object>> hits;
            try {
                hits = search(q.strip());
            } catch (RuntimeException e) {
                // Whatever the words, a search that cannot run says so plainly, without the exception.
                Pages.text(response, 400, "text/plain; charset=utf-8", "This search could not be run. Try other words.\n");
                return;
            }
            model.put("hits", hits);
            model.put("count", hits.size());
            model.put("searched", true);
        }
        EntityView.flagNonEmptyLists(model);
        pages.send(response, 200, "search", model);
    }

    /**
     * The user's words as words: Lucene's special characters escaped, and its operators AND, OR, NOT
     * and TO, which escaping leaves as operators, lower-cased into ordinary words.
     */
    static String literalWords(String words) {
        return OPERATOR.matcher(QueryParserBase.escape(words)).replaceAll(m -> m.group().toLowerCase(java.util.Locale.ROOT));
    }

    private static final java.util.regex.Pattern OPERATOR = java.util.regex.Pattern.compile("\\b(AND|OR|NOT|TO)\\b");

    List<Map<String, Object>> search(String words) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(QUERY);
        pss.setLiteral("words", literalWords(words));
        pss.setLiteral("limit", MAX_HITS);
        List<Map<String, Object>> hits = new ArrayList<>();
        Txn.executeRead(dataset, () -> {
            try (QueryExec exec = QueryExec.dataset(dataset).query(pss.toString()).build()) {
                RowSet rows = exec.select();
                EntityView view = new EntityView(dataset.getUnionGraph(), iris);
                var graph = dataset.getUnionGraph();
                rows.forEachRemaining(row -> {
                    Node task = row.get("task");
                    if (!graph.contains(task, RDF.type.asNode(), DFKG.TASK.asNode())) return;
                    Node doc = EntityView.object(graph, task, DFKG.IN_DOCUMENT.asNode());
                    Node description = EntityView.object(graph, task, DCTerms.description.asNode());
                    if (doc == null || description == null) return;
                    Node year = EntityView.object(graph, doc, DFKG.PERIOD_START.asNode());
                    Map<String, Object> hit = new LinkedHashMap<>();
                    hit.put("task", view.link(task));
                    hit.put("document", view.link(doc));
                    hit.put("year", year == null ? "" : year.getLiteralLexicalForm());
                    String text = description.getLiteralLexicalForm();
                    int at = text.indexOf(words);
                    int from = Math.max(0, at < 0 ? 0 : at - 40);
                    int to = Math.min(text.length(), at < 0 ? 120 : at + words.length() + 80);
                    hit.put("before", (from > 0 ? "…" : "") + text.substring(from, at < 0 ? to : at));
                    hit.put("mark", at < 0 ? "" : words);
                    hit.put("after", at < 0 ? (to < text.length() ? "…" : "") : text.substring(at + words.length(), to) + (to < text.length() ? "…" : ""));
                    hit.put("score", row.get("score").getLiteralValue() instanceof Number n ? n.doubleValue() : 0.0);
                    hits.add(hit);
                });
            }
        });
        // Sorted here, not by ORDER BY: Jena 6.0.0 fails ("Peek iterator is already empty") ordering an empty text:query result.
        hits.sort(java.util.Comparator.comparingDouble((Map<String, Object> h) -> -(Double) h.get("score"))
                .thenComparing(h -> ((Map<?, ?>) h.get("task")).get("iri").toString()));
        return hits;
    }
}
