package org.dfkg.cli;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dfkg.BuiltGraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database broken by a crash: `serve --no-build` says what is wrong, rebuilds from the texts and
 * serves the rebuilt graph, in a real server process. It never silently serves nothing.
 */
class CrashRecoveryTest {
    private static List<String> command(String... args) {
        List<String> c = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.dfkg.cli.Main"));
        c.addAll(List.of(args));
        return c;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"emptied TDB2 folder", "missing text index", "garbage in the node table"})
    void aBrokenDatabaseIsReportedAndRebuilt(String damage, @TempDir Path tmp) throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(Path.of("data/corpus/fz-2017-work-points.txt"), corpus.resolve("fz-2017-work-points.txt"));
        Path db = tmp.resolve("db");
        String[] common = {"--project", BuiltGraph.projectRoot().toString(), "--corpus", corpus.toString(), "--db", db.toString(), "--out", tmp.resolve("out").toString()};
        List<String> build = command("build");
        build.addAll(List.of(common));
        Process b = new ProcessBuilder(build).redirectErrorStream(true).redirectOutput(tmp.resolve("build.log").toFile()).start();
        assertTrue(b.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, b.exitValue(), Files.readString(tmp.resolve("build.log")));

        switch (damage) {
            case "emptied TDB2 folder" -> {
                try (Stream<Path> walk = Files.walk(db.resolve("tdb2"))) {
                    for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) if (!p.equals(db.resolve("tdb2"))) Files.delete(p);
                }
            }
            case "missing text index" -> {
                try (Stream<Path> walk = Files.walk(db.resolve("text"))) {
                    for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
                }
            }
            default -> {
                try (Stream<Path> walk = Files.walk(db.resolve("tdb2"))) {
                    for (Path p : walk.filter(f -> f.getFileName().toString().startsWith("nodes")).toList()) Files.write(p, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
                }
            }
        }

        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> serve = command("serve", "--no-build", "--port", Integer.toString(port));
        serve.addAll(List.of(common));
        Process server = new ProcessBuilder(serve).redirectErrorStream(true).start();
        try {
            StringBuilder log = new StringBuilder();
            BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            for (String line; System.nanoTime() < deadline && (line = lines.readLine()) != null; ) {
                log.append(line).append('\n');
                if (line.startsWith("SPARQL endpoint:")) break;
            }
            assertTrue(log.toString().contains("rebuilding it from the texts"), damage + ": the server says what is wrong:\n" + log);
            assertTrue(log.toString().contains("SPARQL endpoint:"), log.toString());
            String q = URLEncoder.encode("SELECT (COUNT(*) AS ?n) WHERE { ?t a <https://w3id.org/dfkg/ontology#Task> }", StandardCharsets.UTF_8);
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/dfkg/sparql?query=" + q))
                    .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals("n\n22", r.body().strip().replace("\r", ""), "the rebuilt graph is served");
        } finally {
            server.descendants().forEach(ProcessHandle::destroyForcibly);
            server.destroyForcibly();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
