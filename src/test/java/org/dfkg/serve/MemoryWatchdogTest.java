package org.dfkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dfkg.BuiltGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A query whose groups fill the heap (GROUP_CONCAT per group over a cross product, each group under
 * the string cap) is stopped with 503 and a message before the heap runs out, in a real server
 * process with a 256 MiB heap and a timeout long enough not to be what stops it; the server then
 * answers the next query.
 */
class MemoryWatchdogTest {
    @Test
    void aQueryThatFillsTheHeapIsStoppedAndTheServerGoesOn(@TempDir Path tmp) throws Exception {
        BuiltGraph.result();
        Path db = org.dfkg.StoreCopy.of(BuiltGraph.settings().database(), tmp.resolve("db"));
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), "org.dfkg.cli.Main", "serve", "--no-build", "--port", Integer.toString(port),
                "--timeout", "120", "--project", BuiltGraph.projectRoot().toString(), "--db", db.toString(), "--out", tmp.resolve("out").toString()));
        Process server = new ProcessBuilder(command).redirectErrorStream(true).start();
        StringBuilder log = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    synchronized (log) {
                        log.append(line).append('\n');
                    }
                }
            } catch (Exception ignored) {
                // The server was stopped.
            }
        });
        reader.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!logged(log, "SPARQL endpoint:") && System.nanoTime() < deadline && server.isAlive()) Thread.sleep(100);
            assertTrue(logged(log, "SPARQL endpoint:"), log.toString());
            HttpClient http = HttpClient.newHttpClient();
            String groups = "SELECT ?d (STRLEN(GROUP_CONCAT(STR(?c))) AS ?g) WHERE { ?a ?b ?c . ?d ?e ?f } GROUP BY ?d";
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/dfkg/sparql?query="
                    + URLEncoder.encode(groups, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(150)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(503, r.statusCode(), r.body() + "\n" + log);
            assertTrue(r.body().contains("memory is nearly full"), r.body());
            HttpResponse<String> next = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/dfkg/sparql?query="
                    + URLEncoder.encode("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, next.statusCode(), next.body());
            assertTrue(logged(log, "stopped request"), log.toString());
        } finally {
            server.destroyForcibly();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static boolean logged(StringBuilder log, String text) {
        synchronized (log) {
            return log.indexOf(text) >= 0;
        }
    }
}
