package org.dfkg.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * One kind of hostile request that the load run sends from its own client, with the statuses that
 * count as the server defending itself (503 when the timeout stops it, 4xx when a limit refuses it).
 * Each is an attack the server's hardening names (see the security table in docs/security.md).
 */
record Attack(String name, String method, String path, String contentType, String body, String accept) {
    private static final String X40 = "x".repeat(40);

    /** The kinds, for a server with the default limits. */
    static List<Attack> kinds() {
        String union = "SELECT * WHERE { { ?s ?p \"x0\" }" + " UNION { ?s ?p \"x\" }".repeat(9_999) + " }";
        return List.of(
                query("cross product with ORDER BY", "SELECT ?a WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?a ?d ?g"),
                query("stream cut off by the timeout",
                        "SELECT ?x WHERE { { BIND(1 AS ?x) } UNION { ?a ?b ?c . ?d ?e ?f . FILTER(STR(?c) = CONCAT(STR(?f), \"never\")) BIND(2 AS ?x) } }"),
                query("backtracking REGEX", "SELECT ?o WHERE { ?s ?p ?o FILTER(REGEX(STR(?o), \"^(.*.){25}X$\")) }"),
                query("REPLACE that builds gigabytes", "SELECT (STRLEN(REPLACE(REPLACE(REPLACE(STR(?o), \"\", \"" + X40 + "\"), \"\", \"" + X40
                        + "\"), \"\", \"" + X40 + "\")) AS ?n) WHERE { ?s ?p ?o }"),
                query("GROUP_CONCAT over a cross product", "SELECT (STRLEN(GROUP_CONCAT(STR(?o))) AS ?n) WHERE { ?s ?p ?o . ?a ?b ?c }"),
                query("groups that fill the heap", "SELECT ?d (STRLEN(GROUP_CONCAT(STR(?c))) AS ?g) WHERE { ?a ?b ?c . ?d ?e ?f } GROUP BY ?d"),
                new Attack("UNION of 10,000 terms", "POST", "dfkg/sparql", "application/sparql-query", union, "application/sparql-results+json"),
                new Attack("2 MiB query body", "POST", "dfkg/sparql", "application/sparql-query",
                        "SELECT * WHERE { ?s ?p ?o FILTER(?o != \"" + "x".repeat(2 << 20) + "\") }", "application/sparql-results+json"),
                new Attack("malformed Accept on a page", "GET", "id/technology/internet-of-things", null, null, ",,,;;;"));
    }

    private static Attack query(String name, String query) {
        return new Attack(name, "GET", "dfkg/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), null, null, "application/sparql-results+json");
    }

    HttpRequest request(String root) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(root + path)).header("Accept", accept).timeout(Duration.ofSeconds(120));
        if (body == null) return b.GET().build();
        return b.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** The server defended itself: the timeout stopped the query, or a limit refused it. */
    static boolean defended(int status) {
        return status == 503 || (status >= 400 && status < 500);
    }
}
