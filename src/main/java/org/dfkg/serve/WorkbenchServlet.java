package org.dfkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The workbench at {@code /}: every document of the graph, newest first, a page of them at a time
 * ({@code /?page=2} …), YASGUI (from its WebJar) on the endpoint, every example query
 * loadable in one click with its bilingual question, downloads, a permalink, the charts and the
 * search box. Any other unknown path gets the not-found page.
 */
final class WorkbenchServlet extends HttpServlet {
    static final String YASGUI = "/webjars/zazuko__yasgui/4.5.0/build/";

    /** One page of documents: the page is chosen on identifier and year alone, then only its rows are read further. */
    private static final String DOCUMENTS = """
            PREFIX dfkg: <https://w3id.org/dfkg/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?doc ?id ?title ?year ?place ?tasks WHERE {
              { SELECT ?doc ?id ?year WHERE {
                  ?doc a dfkg:PolicyDocument ; dcterms:identifier ?id .
                  OPTIONAL { ?doc dfkg:periodStart ?year }
                } ORDER BY DESC(?year) ?id LIMIT %d OFFSET %d }
              OPTIONAL { ?doc dcterms:title ?title }
              OPTIONAL { ?doc dfkg:taskCount ?tasks }
              OPTIONAL { ?doc dfkg:jurisdiction/skos:prefLabel ?place . FILTER (LANG(?place) = "zh") }
            }
            ORDER BY DESC(?year) ?id
            """;
    private static final String DOCUMENT_COUNT = """
            PREFIX dfkg: <https://w3id.org/dfkg/ontology#>
            SELECT (COUNT(?doc) AS ?documents) WHERE { ?doc a dfkg:PolicyDocument }
            """;

    private final Pages pages;
    private final String endpoint;
    private final List<Map<String, Object>> examples;
    private final org.apache.jena.sparql.core.DatasetGraph dataset;
    private final org.dfkg.rdf.IriScheme iris;
    private final int documentsPerPage;

    WorkbenchServlet(Pages pages, String endpoint, List<Map<String, Object>> examples, org.apache.jena.sparql.core.DatasetGraph dataset,
                     org.dfkg.rdf.IriScheme iris, int documentsPerPage) {
        this.pages = pages;
        this.endpoint = endpoint;
        this.examples = List.copyOf(examples);
        this.dataset = dataset;
        this.iris = iris;
        this.documentsPerPage = documentsPerPage;
    }

    /** One page of the documents of the graph, newest first, with their local pages. */
    private List<Map<String, Object>> documents(int page) {
        List<Map<String, Object>> out = new java.util.ArrayList<>();
        String onePage = DOCUMENTS.formatted(documentsPerPage, (long) (page - 1) * documentsPerPage);
        for (Map<String, String> row : SelectRows.of(dataset, onePage)) {
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
        long total = Long.parseLong(SelectRows.of(dataset, DOCUMENT_COUNT).getFirst().get("documents"));
        long pageCount = Math.max(1, (total + documentsPerPage - 1) / documentsPerPage);
        String asked = request.getParameter("page");
        int page;
        try {
            page = asked == null ? 1 : Integer.parseInt(asked);
        } catch (NumberFormatException e) {
            page = 0;
        }
        if (page < 1) {
            Pages.text(response, 400, "text/plain; charset=utf-8", "page must be a whole number from 1 to " + pageCount + ", not '" + asked + "'\n");
            return;
        }
        if (page > pageCount) {
            pages.send(response, 404, "not-found", Map.of("what", "/?page=" + page + " (the documents fill " + pageCount + " pages)", "title", "Not found"));
            return;
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "工作台 Workbench");
        model.put("endpoint", endpoint);
        model.put("yasgui", YASGUI);
        model.put("examples", examples);
        model.put("documents", documents(page));
        if (pageCount > 1) {
            Map<String, Object> pager = new LinkedHashMap<>();
            pager.put("total", total);
            pager.put("perPage", documentsPerPage);
            pager.put("page", page);
            pager.put("pages", pageCount);
            if (page > 1) pager.put("previous", "/?page=" + (page - 1));
            if (page < pageCount) pager.put("next", "/?page=" + (page + 1));
            model.put("pager", pager);
        }
        model.put("base", iris.base());
        pages.send(response, 200, "workbench", model);
    }
}
