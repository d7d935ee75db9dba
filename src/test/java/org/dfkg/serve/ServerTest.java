package org.dfkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.dfkg.BuiltGraph;
import org.junit.jupiter.api.Test;

/** A real Fuseki over the real TDB2 database, on a free loopback port. */
class ServerTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static HttpResponse<String> get(String query, String accept) throws Exception {
        String url = BuiltGraph.endpoint() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).header("Origin", "http://example.org").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void tasksOfAllFiveDocuments() throws Exception {
        HttpResponse<String> r = get("PREFIX dfkg: <https://w3id.org/dfkg/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/> "
                + "SELECT ?doc (COUNT(?t) AS ?n) WHERE { ?t a dfkg:Task ; dfkg:inDocument/dcterms:identifier ?doc } GROUP BY ?doc ORDER BY ?doc", "text/csv");
        assertEquals(200, r.statusCode());
        for (String doc : new String[] {"fj-2010-work-points", "fj-2011-2015-plan", "fj-2013-work-points", "fj-2019-work-points", "fz-2017-work-points"}) {
            assertTrue(r.body().contains(doc + ","), r.body());
        }
        String allowed = r.headers().firstValue("Access-Control-Allow-Origin").orElse("");
        assertTrue(allowed.equals("*") || allowed.equals("http://example.org"), "CORS header: '" + allowed + "'");
    }

    @Test
    void selectResultFormats() throws Exception {
        String q = "SELECT ?s WHERE { ?s a <https://w3id.org/dfkg/ontology#PolicyDocument> } LIMIT 1";
        assertTrue(get(q, "application/sparql-results+json").body().contains("\"bindings\""));
        assertTrue(get(q, "application/sparql-results+xml").body().contains("<sparql"));
        assertTrue(get(q, "text/csv").body().startsWith("s"));
        assertTrue(get(q, "text/tab-separated-values").body().startsWith("?s"));
    }

    @Test
    void constructAndDescribeFormats() throws Exception {
        String q = "CONSTRUCT { ?s a ?t } WHERE { ?s a ?t . FILTER(?t = <https://w3id.org/dfkg/ontology#PolicyDocument>) }";
        HttpResponse<String> turtle = get(q, "text/turtle");
        assertTrue(turtle.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertTrue(turtle.body().contains("PolicyDocument"));
        HttpResponse<String> jsonld = get("DESCRIBE <https://w3id.org/dfkg/id/agency/fj-health>", "application/ld+json");
        assertTrue(jsonld.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        assertTrue(jsonld.body().contains("福建省卫生厅"));
    }

    @Test
    void updatesAreRefusedAndChangeNothing() throws Exception {
        String dataset = BuiltGraph.endpoint().replace("/sparql", "");
        HttpResponse<String> update = HTTP.send(HttpRequest.newBuilder(URI.create(dataset + "/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:x> <urn:y> <urn:z> }")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(update.statusCode() >= 400 && update.statusCode() < 500, "update answered " + update.statusCode());
        HttpResponse<String> viaQuery = HTTP.send(HttpRequest.newBuilder(URI.create(BuiltGraph.endpoint()))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:x> <urn:y> <urn:z> }")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(viaQuery.statusCode() >= 400 && viaQuery.statusCode() < 500, "update via sparql answered " + viaQuery.statusCode());
        assertTrue(get("ASK { <urn:x> ?p ?o }", "application/sparql-results+json").body().contains("false"));
    }

    @Test
    void fullTextSearchInChineseThroughSparql() throws Exception {
        HttpResponse<String> r = get("PREFIX text: <http://jena.apache.org/text#> PREFIX dcterms: <http://purl.org/dc/terms/> "
                + "PREFIX dfkg: <https://w3id.org/dfkg/ontology#> "
                + "SELECT DISTINCT ?doc WHERE { ?task text:query (dcterms:description \"宽带\") ; dfkg:inDocument/dcterms:identifier ?doc } ORDER BY ?doc", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("fj-2013-work-points") && r.body().contains("fj-2019-work-points"), r.body());
        HttpResponse<String> none = get("PREFIX text: <http://jena.apache.org/text#> PREFIX dcterms: <http://purl.org/dc/terms/> "
                + "SELECT ?task WHERE { ?task text:query (dcterms:description \"量子纠缠\") }", "text/csv");
        assertEquals("task", none.body().strip(), "a term no task uses finds nothing");
    }
}
