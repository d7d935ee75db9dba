package org.dfkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.query.ResultSetFactory;
import org.dfkg.BuiltGraph;
import org.dfkg.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The endpoint under hostile use: no writes, no admin, no outbound requests, timeouts, row caps, CORS. */
class EndpointSecurityTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
    private static KnowledgeGraphServer strict;
    private static ServerSocket listener;
    private static final AtomicInteger connections = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        BuiltGraph.endpoint();
        ServerSettings settings = new ServerSettings(0, "dfkg", true, BuiltGraph.settings().iris(), BuiltGraph.settings().dumpsFolder(),
                BuiltGraph.projectRoot().resolve("queries")).withLimits(Duration.ofSeconds(2), 50).withCorsOrigins(List.of("https://allowed.example"))
                .withResultLimits(100_000, 64 << 10);
        strict = KnowledgeGraphServer.start(TdbStore.open(BuiltGraph.settings().database()), settings);
        // A listener on loopback that counts every connection: no query may reach it.
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(() -> {
            while (!listener.isClosed()) {
                try (Socket accepted = listener.accept()) {
                    connections.incrementAndGet();
                    accepted.shutdownInput();
                } catch (Exception e) {
                    return;
                }
            }
        });
        accept.setDaemon(true);
        accept.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (strict != null) strict.close();
        if (listener != null) listener.close();
    }

    private static String base() {
        return strict.root();
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return HTTP.send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> query(String q) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base() + "dfkg/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json"));
    }

    private static long count() throws Exception {
        String body = query(COUNT).body();
        return ResultSetFactory.fromJSON(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))).next().getLiteral("n").getLong();
    }

    @Test
    void writesAreRefusedAndChangeNothing() throws Exception {
        long before = count();
        String insert = "INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }";
        String[][] writes = {
                {"POST", "dfkg/update", "application/sparql-update", insert},
                {"POST", "dfkg/sparql", "application/sparql-update", insert},
                {"POST", "dfkg", "application/sparql-update", insert},
                {"POST", "dfkg/update", "application/x-www-form-urlencoded", "update=" + URLEncoder.encode(insert, StandardCharsets.UTF_8)},
                {"PUT", "dfkg/data?default", "text/turtle", "<urn:a> <urn:b> <urn:c> ."},
                {"POST", "dfkg/data?graph=urn:x", "text/turtle", "<urn:a> <urn:b> <urn:c> ."},
                {"DELETE", "dfkg/data?default", "text/turtle", ""},
                {"PUT", "dfkg/get?default", "text/turtle", "<urn:a> <urn:b> <urn:c> ."},
                {"POST", "dfkg", "text/turtle", "<urn:a> <urn:b> <urn:c> ."}};
        for (String[] w : writes) {
            // A fresh client each time: the server may close a connection whose write it refused unread.
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + w[1])).header("Content-Type", w[2])
                    .method(w[0], HttpRequest.BodyPublishers.ofString(w[3])).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, w[0] + " " + w[1] + " → " + r.statusCode());
        }
        assertEquals(before, count(), "the data is unchanged");
    }

    @Test
    void thereIsNoAdminSurface() throws Exception {
        for (String path : new String[] {"$/datasets", "$/compact/dfkg", "$/backup/dfkg", "$/server", "$/stats"}) {
            assertEquals(404, send(HttpRequest.newBuilder(URI.create(base() + path))).statusCode(), path);
            assertEquals(404, send(HttpRequest.newBuilder(URI.create(base() + path)).POST(HttpRequest.BodyPublishers.noBody())).statusCode(), path);
        }
    }

    @Test
    void queriesMakeNoOutboundRequests() throws Exception {
        String target = "http://127.0.0.1:" + listener.getLocalPort() + "/";
        HttpResponse<String> service = query("SELECT * WHERE { SERVICE <" + target + "sparql> { ?s ?p ?o } }");
        assertNotEquals(200, service.statusCode(), "SERVICE is refused: " + service.body());
        HttpResponse<String> from = query("SELECT * FROM <" + target + "data.ttl> WHERE { ?s ?p ?o } LIMIT 1");
        assertTrue(from.statusCode() != 200 || !from.body().contains("urn:"), "FROM fetches nothing");
        HttpResponse<String> load = send(HttpRequest.newBuilder(URI.create(base() + "dfkg/update")).header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("LOAD <" + target + "data.ttl>")));
        assertTrue(load.statusCode() >= 400, "LOAD is unreachable");
        HttpResponse<String> jsonld = send(HttpRequest.newBuilder(URI.create(base() + "dfkg/data?default")).header("Content-Type", "application/ld+json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"@context\": \"" + target + "context.jsonld\", \"@id\": \"urn:a\"}")));
        assertTrue(jsonld.statusCode() >= 400, "JSON-LD upload refused before any context is fetched");
        HttpResponse<String> script = query("PREFIX js: <http://jena.apache.org/ARQ/jsFunction#> SELECT (js:fetch(\"" + target + "\") AS ?x) WHERE {}");
        assertFalse(script.body().contains("\"x\" : {") || script.body().contains("\"x\": {"), "script functions are off: " + script.body());
        Thread.sleep(500);
        assertEquals(0, connections.get(), "the loopback listener received a connection");
    }

    @Test
    void aPathologicalQueryIsStoppedWithAClearErrorWhileOthersAreAnswered() throws Exception {
        String crossProduct = "SELECT ?a WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?a ?d ?g";
        CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() -> {
            try {
                return query(crossProduct);
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        Thread.sleep(300);
        long started = System.nanoTime();
        HttpResponse<String> normal = query("SELECT (COUNT(*) AS ?n) WHERE { ?t a <https://w3id.org/dfkg/ontology#Task> }");
        assertEquals(200, normal.statusCode(), "another client is answered meanwhile");
        assertTrue(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started) < 10, "and promptly");
        HttpResponse<String> stopped = slow.get(60, TimeUnit.SECONDS);
        assertEquals(503, stopped.statusCode(), stopped.body());
        assertTrue(stopped.body().toLowerCase().matches("(?s).*(timeout|timed out|cancel).*"), stopped.body());
    }

    @Test
    void aStreamCutOffByTheTimeoutDoesNotLookLikeSuccess() throws Exception {
        // One row at once, then a scan that runs past the 2 s timeout: unbuffered, Fuseki would have sent status 200
        // (or 503) with the first row, then an error text that CSV readers take for one more row.
        String q = "SELECT ?x WHERE { { BIND(1 AS ?x) } UNION { ?a ?b ?c . ?d ?e ?f . FILTER(STR(?c) = CONCAT(STR(?f), \"never\")) BIND(2 AS ?x) } }";
        for (String accept : new String[] {"text/csv", "application/sparql-results+json", "text/tab-separated-values"}) {
            long start = System.nanoTime();
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base() + "dfkg/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                    .header("Accept", accept));
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(millis >= 1900, accept + ": the query really ran into the timeout, after " + millis + " ms: " + r.statusCode() + " " + r.body());
            assertEquals(503, r.statusCode(), accept + ": " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), accept + ": " + r.headers());
            assertFalse(r.body().matches("(?s).*\\b1\\b.*"), accept + ": no partial rows: " + r.body().substring(0, Math.min(300, r.body().length())));
            assertTrue(r.body().strip().equalsIgnoreCase("query timed out"), accept + ": " + r.body());
        }
    }

    /** CPU time this process used over a while: a thread still matching after its query answered shows here. */
    private static double cpuSecondsOver(Duration d) throws InterruptedException {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long before = os.getProcessCpuTime();
        Thread.sleep(d.toMillis());
        return (os.getProcessCpuTime() - before) / 1e9;
    }

    @Test
    void aBacktrackingRegexStopsWithItsQueryAndLeavesNoThreadSpinning() throws Exception {
        // Exponential backtracking on every literal: without the guard it never answers and spins a core until restart.
        for (String q : List.of("SELECT ?o WHERE { ?s ?p ?o FILTER(REGEX(STR(?o), \"^(.*.){25}X$\")) }",
                "SELECT (REPLACE(STR(?o), \"^(.*.){25}X$\", \"y\") AS ?r) WHERE { ?s ?p ?o }")) {
            long start = System.nanoTime();
            HttpResponse<String> r = query(q);
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(seconds < 10, "answered at the timeout, not " + seconds + " s later");
            Thread.sleep(500);
            double cpu = cpuSecondsOver(Duration.ofSeconds(2));
            assertTrue(cpu < 0.8, q + ": after the answer the server used " + cpu + " s of CPU in 2 s: a matcher is still running");
        }
        assertEquals(200, query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER(REGEX(STR(?o), \"^数字\", \"i\")) }").statusCode());
    }

    @Test
    void stringsAndResultsThatWouldFillTheHeapAreRefused() throws Exception {
        // A few hundred bytes that build gigabytes: each is refused with 422 and a message, and the server answers the next query.
        String x = "x".repeat(40);
        List<String> bombs = List.of(
                "SELECT (STRLEN(REPLACE(REPLACE(REPLACE(STR(?o), \"\", \"" + x + "\"), \"\", \"" + x + "\"), \"\", \"" + x + "\")) AS ?n) WHERE { ?s ?p ?o } LIMIT 1",
                "SELECT (STRLEN(GROUP_CONCAT(STR(?o))) AS ?n) WHERE { ?s ?p ?o . ?a ?b ?c }",
                "SELECT (STRLEN(GROUP_CONCAT(DISTINCT CONCAT(STR(?o), STR(?c)))) AS ?n) WHERE { ?s ?p ?o . ?a ?b ?c }",
                "SELECT (STRLEN(?v) AS ?n) WHERE { VALUES ?a0 { \"0123456789\" } BIND(CONCAT(?a0, ?a0, ?a0, ?a0) AS ?a1) BIND(CONCAT(?a1, ?a1, ?a1, ?a1) AS ?a2)"
                        + " BIND(CONCAT(?a2, ?a2, ?a2, ?a2) AS ?a3) BIND(CONCAT(?a3, ?a3, ?a3, ?a3) AS ?a4) BIND(CONCAT(?a4, ?a4, ?a4, ?a4) AS ?a5)"
                        + " BIND(CONCAT(?a5, ?a5, ?a5, ?a5) AS ?a6) BIND(CONCAT(?a6, ?a6, ?a6, ?a6) AS ?v) }");
        for (String q : bombs) {
            HttpResponse<String> r = query(q);
            assertEquals(422, r.statusCode(), q + " → " + r.body());
            assertTrue(r.body().contains("limit of 100000 characters"), r.body());
            assertEquals(200, query(COUNT).statusCode(), "the next query is answered");
        }
        // The first row goes out before the second is refused: the answer is the refusal alone, with no rows before it.
        String chain = "BIND(CONCAT(?a0, ?a0, ?a0, ?a0) AS ?a1) BIND(CONCAT(?a1, ?a1, ?a1, ?a1) AS ?a2) BIND(CONCAT(?a2, ?a2, ?a2, ?a2) AS ?a3)"
                + " BIND(CONCAT(?a3, ?a3, ?a3, ?a3) AS ?a4) BIND(CONCAT(?a4, ?a4, ?a4, ?a4) AS ?a5) BIND(CONCAT(?a5, ?a5, ?a5, ?a5) AS ?a6)"
                + " BIND(CONCAT(?a6, ?a6, ?a6, ?a6) AS ?v)";
        HttpResponse<String> midway = send(HttpRequest.newBuilder(URI.create(base() + "dfkg/sparql?query="
                + URLEncoder.encode("SELECT ?v WHERE { VALUES ?a0 { \"ok\" \"0123456789\" } " + chain + " }", StandardCharsets.UTF_8))).header("Accept", "text/csv"));
        assertEquals(422, midway.statusCode());
        assertTrue(midway.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), midway.headers().toString());
        assertFalse(midway.body().contains("okok"), "no rows before the error: " + midway.body().substring(0, Math.min(200, midway.body().length())));
        // Rows of 2,000 to 50,000 characters are soon more than the 64 KiB this server sends; each stays under the
        // string limit (a whole text, expanded tenfold, would not), whatever order the store gives them in.
        HttpResponse<String> large = query("SELECT (REPLACE(STR(?o), \".\", \"xxxxxxxxxx\") AS ?x) WHERE { ?s ?p ?o FILTER(STRLEN(STR(?o)) > 200 && STRLEN(STR(?o)) < 5000) }");
        assertEquals(422, large.statusCode(), large.body().substring(0, Math.min(300, large.body().length())));
        assertTrue(large.body().contains("larger than this server sends"), large.body());
        assertFalse(large.body().contains("xxxxxxxxxx"), "no partial rows");
    }

    @Test
    void rowsAreCapped() throws Exception {
        HttpResponse<String> all = query("SELECT * WHERE { ?s ?p ?o }");
        assertEquals(200, all.statusCode());
        assertEquals("50", all.headers().firstValue("X-Row-Cap").orElse(""));
        var rows = ResultSetFactory.fromJSON(new ByteArrayInputStream(all.body().getBytes(StandardCharsets.UTF_8)));
        int n = 0;
        while (rows.hasNext()) {
            rows.next();
            n++;
        }
        assertEquals(50, n);
        HttpResponse<String> ten = query("SELECT * WHERE { ?s ?p ?o } LIMIT 10");
        assertTrue(ten.headers().firstValue("X-Row-Cap").isEmpty());
        HttpResponse<String> posted = send(HttpRequest.newBuilder(URI.create(base() + "dfkg/sparql")).header("Content-Type", "application/sparql-query")
                .header("Accept", "text/csv").POST(HttpRequest.BodyPublishers.ofString("SELECT * WHERE { ?s ?p ?o }")));
        assertEquals(51, posted.body().strip().split("\n").length, "a POSTed query is capped too (header + 50 rows)");
    }

    @Test
    void corsAllowsOnlyTheConfiguredOrigins() throws Exception {
        HttpResponse<String> allowed = send(HttpRequest.newBuilder(URI.create(base() + "dfkg/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8)))
                .header("Origin", "https://allowed.example"));
        assertEquals("https://allowed.example", allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        HttpResponse<String> other = send(HttpRequest.newBuilder(URI.create(base() + "dfkg/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8)))
                .header("Origin", "https://evil.example"));
        assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), other.headers().toString());
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(URI.create(base() + "dfkg/sparql")).header("Origin", "https://allowed.example")
                .header("Access-Control-Request-Method", "POST").method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertEquals(204, preflight.statusCode());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
    }

    @Test
    void pagesAndSearchAreHardened() throws Exception {
        // TRACE would echo the request's headers back.
        HttpResponse<String> trace = send(HttpRequest.newBuilder(URI.create(base() + "id/agency/fj-health")).method("TRACE", HttpRequest.BodyPublishers.noBody())
                .header("X-Secret", "echoed?"));
        assertEquals(405, trace.statusCode(), trace.body());
        assertFalse(trace.body().contains("echoed?"), trace.body());
        // Every response says how it may be used.
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base() + "id/agency/fj-health")));
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"), page.headers().toString());
        assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElse(""));
        // A malformed Accept is not acceptable, not a server error.
        HttpResponse<String> accept = send(HttpRequest.newBuilder(URI.create(base() + "id/agency/fj-health")).header("Accept", ",,,;;;"));
        assertEquals(406, accept.statusCode(), accept.body());
        // Lucene's operators in the words are words; a bad search is a plain 400, never an exception.
        for (String words : List.of("AND", "数字 OR 福建", "NOT", "数字 AND", "[数字", "\"")) {
            HttpResponse<String> search = send(HttpRequest.newBuilder(URI.create(base() + "search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8))));
            assertEquals(200, search.statusCode(), words + ": " + search.body());
            assertFalse(search.body().contains("Exception"), words + ": " + search.body());
        }
        // Parameters a response would reflect are dropped: no JSONP wrapper, no stylesheet instruction.
        HttpResponse<String> jsonp = send(HttpRequest.newBuilder(URI.create(base() + "dfkg/sparql?query=" + URLEncoder.encode(COUNT, StandardCharsets.UTF_8)
                + "&callback=alert1337&stylesheet=http://evil.example/x.xsl")).header("Accept", "application/sparql-results+json"));
        assertEquals(200, jsonp.statusCode(), jsonp.body());
        assertFalse(jsonp.body().contains("alert1337"), jsonp.body());
        assertFalse(jsonp.body().contains("evil.example"), jsonp.body());
    }

    @Test
    void everyQueryRouteIsCappedAndSizeBounded() throws Exception {
        String everything = "SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }";
        // A media type in another case, with parameters, is still a query.
        HttpResponse<String> post = send(HttpRequest.newBuilder(URI.create(base() + "dfkg/sparql")).header("Content-Type", "APPLICATION/SPARQL-QUERY; charset=UTF-8")
                .header("Accept", "text/csv").POST(HttpRequest.BodyPublishers.ofString(everything)));
        assertEquals(200, post.statusCode(), post.body());
        assertEquals("50", post.headers().firstValue("X-Row-Cap").orElse(""), post.headers().toString());
        assertTrue(post.body().strip().split("\n").length <= 51, "capped rows");
        // Every route of the dataset is guarded, not only /dfkg/sparql.
        for (String route : List.of("dfkg/", "dfkg", "dfkg/query", "dfkg/sparql")) {
            HttpResponse<String> get = send(HttpRequest.newBuilder(URI.create(base() + route + "?query=" + URLEncoder.encode(everything, StandardCharsets.UTF_8)))
                    .header("Accept", "text/csv"));
            assertEquals(200, get.statusCode(), route + ": " + get.body());
            assertEquals("50", get.headers().firstValue("X-Row-Cap").orElse(""), route + " " + get.headers());
        }
        // A body larger than the limit is refused before it is parsed.
        String huge = "SELECT * WHERE { ?s ?p ?o FILTER(?o != \"" + "x".repeat(2 << 20) + "\") }";
        long start = System.nanoTime();
        HttpResponse<String> large = send(HttpRequest.newBuilder(URI.create(base() + "dfkg/sparql")).header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(huge)));
        assertEquals(413, large.statusCode(), large.body());
        assertTrue(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start) < 10, "refused at once");
        HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(base() + "dfkg/sparql")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(huge, StandardCharsets.UTF_8))));
        assertTrue(form.statusCode() == 413 || form.statusCode() == 400, form.statusCode() + " " + form.body().substring(0, Math.min(200, form.body().length())));
    }

    @Test
    void aQueryTooDeepForTheEngineIsABadRequestLoggedOnOneLine() throws Exception {
        StringBuilder union = new StringBuilder("SELECT * WHERE { { ?s ?p \"x0\" }");
        for (int i = 1; i < 10_000; i++) union.append(" UNION { ?s ?p \"x").append(i).append("\" }");
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base() + "dfkg/sparql")).header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(union.append(" }").toString())));
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("nested too deeply"), r.body());
        // The log layout writes an exception as its class and message on the event's own line, never as a stack.
        var context = (org.apache.logging.log4j.core.LoggerContext) org.apache.logging.log4j.LogManager.getContext(false);
        var layout = context.getConfiguration().getAppender("OUT").getLayout();
        var event = org.apache.logging.log4j.core.impl.Log4jLogEvent.newBuilder().setLoggerName("org.apache.jena.fuseki.Fuseki")
                .setLevel(org.apache.logging.log4j.Level.WARN).setMessage(new org.apache.logging.log4j.message.SimpleMessage("[6] RC = 500 : null"))
                .setThrown(new StackOverflowError("deep")).build();
        String line = layout.toSerializable(event).toString();
        assertEquals(1, line.lines().count(), line);
        assertTrue(line.contains("StackOverflowError") && line.contains("deep"), line);
    }
}
