package org.dfkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The workbench at {@code /}: the documents of the graph, YASGUI (from its WebJar) on the endpoint, every example query
 * loadable in one click with its bilingual question, downloads, a permalink, the charts and the
 * search box. Any other unknown path gets the not-found page.
 */
final class WorkbenchServlet extends HttpServlet {
    static final String YASGUI = "/webjars/zazuko__yasgui/4.5.0/build/";

    /** The landing page lists the documents up to this many (the newest first); a query lists any number. */
    static final int MAX_DOCUMENTS = 500;
    private static final String DOCUMENTS = """
            PREFIX dfkg: <https://w3id.org/dfkg/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?doc ?id ?title ?year ?place ?tasks WHERE {
              ?doc a dfkg:PolicyDocument ; dcterms:identifier ?id .
              OPTIONAL { ?doc dcterms:title ?title }
              OPTIONAL { ?doc dfkg:periodStart ?year }
              OPTIONAL { ?doc dfkg:taskCount ?tasks }
              OPTIONAL { ?doc dfkg:jurisdiction/skos:prefLabel ?place . FILTER (LANG(?place) = "zh") }
            }
            ORDER BY DESC(?year) ?id
            """;

    private final Pages pages;
    private final String endpoint;
    private final List<Map<String, Object>> examples;
    private final org.apache.jena.sparql.core.DatasetGraph dataset;
    private final org.dfkg.rdf.IriScheme iris;

    WorkbenchServlet(Pages pages, String endpoint, List<Map<String, Object>> examples, org.apache.jena.sparql.core.DatasetGraph dataset,
                     org.dfkg.rdf.IriScheme iris) {
        this.pages = pages;
        this.endpoint = endpoint;
        this.examples = List.copyOf(examples);
        this.dataset = dataset;
        this.iris = iris;
    }

    /** The documents of the graph, newest first, with their local pages. */
    private List<Map<String, Object>> documents() {
        List<Map<String, Object>> out = new java.util.ArrayList<>();
        for (Map<String, String> row : SelectRows.of(dataset, DOCUMENTS)) {
            if (out.size() > MAX_DOCUMENTS) break;
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("href", EntityView.localHref(iris, row.get("doc")));
            for (String v : new String[] {"id", "title", "year", "place", "tasks"}) d.put(v, row.getOrDefault(v, ""));
            out.add(d);
        }
        return out;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        if (!path.equals("/") && !path.equals("/index.html")) {
            pages.send(response, 404, "not-found", Map.of("what", path, "title", "Not found"));
            return;
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "工作台 Workbench");
        model.put("endpoint", endpoint);
        model.put("yasgui", YASGUI);
        model.put("examples", examples);
        List<Map<String, Object>> documents = documents();
        model.put("more", documents.size() > MAX_DOCUMENTS);
        model.put("documents", documents.size() > MAX_DOCUMENTS ? documents.subList(0, MAX_DOCUMENTS) : documents);
        model.put("base", iris.base());
        pages.send(response, 200, "workbench", model);
    }
}
