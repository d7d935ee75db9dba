package org.dfkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dfkg.BuiltGraph;
import org.dfkg.store.TdbStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Honest start-up checks, in real server processes: a database damaged after its build (its counts
 * differ from the manifest, a file is cut short or gone), a read-only database, and a database held by
 * another live server are reported by name and never served, and `--no-build` never builds. Without
 * `--no-build`, serve builds a new generation and serves it.
 */
class CrashRecoveryTest {
    @TempDir
    static Path built;
    private static Path template;

    private static List<String> command(String... args) {
        List<String> c = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.dfkg.cli.Main"));
        c.addAll(List.of(args));
        return c;
    }

    private static List<String> common(Path corpus, Path db, Path out) {
        return List.of("--project", BuiltGraph.projectRoot().toString(), "--corpus", corpus.toString(), "--db", db.toString(), "--out", out.toString());
    }

    /** One build of one text, copied for each case. */
    @BeforeAll
    static void buildOnce() throws Exception {
        Path corpus = Files.createDirectories(built.resolve("corpus"));
        Files.copy(Path.of("data/corpus/fz-2017-work-points.txt"), corpus.resolve("fz-2017-work-points.txt"));
        template = built.resolve("db");
        List<String> build = command("build");
        build.addAll(common(corpus, template, built.resolve("out")));
        Process b = new ProcessBuilder(build).redirectErrorStream(true).redirectOutput(built.resolve("build.log").toFile()).start();
        assertTrue(b.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, b.exitValue(), Files.readString(built.resolve("build.log")));
    }

    private static Path copyOfTheStore(Path tmp) throws Exception {
        return org.dfkg.StoreCopy.of(template, tmp.resolve("db"));
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Starts serve; returns the process once it printed its endpoint or ended, with what it printed. */
    private static Process serve(Path db, int port, StringBuilder log, String... options) throws Exception {
        List<String> serve = command("serve", "--port", Integer.toString(port));
        serve.addAll(List.of(options));
        serve.addAll(common(built.resolve("corpus"), db, db.resolveSibling("out")));
        Process server = new ProcessBuilder(serve).redirectErrorStream(true).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        for (String line; System.nanoTime() < deadline && (line = lines.readLine()) != null; ) {
            log.append(line).append('\n');
            if (line.startsWith("SPARQL endpoint:")) break;
        }
        return server;
    }

    private static void stop(Process server) throws Exception {
        server.descendants().forEach(ProcessHandle::destroyForcibly);
        server.destroyForcibly();
        server.waitFor(30, TimeUnit.SECONDS);
    }

    private static String tasks(int port) throws Exception {
        String q = URLEncoder.encode("SELECT (COUNT(*) AS ?n) WHERE { ?t a <https://w3id.org/dfkg/ontology#Task> }", StandardCharsets.UTF_8);
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/dfkg/sparql?query=" + q))
                .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
        return r.body().strip().replace("\r", "");
    }

    private static void damage(Path generation, String damage) throws Exception {
        Path tdb = generation.resolve("tdb2");
        switch (damage) {
            case "emptied TDB2 folder" -> {
                try (Stream<Path> walk = Files.walk(tdb)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) if (!p.equals(tdb)) Files.delete(p);
                }
            }
            case "missing text index" -> {
                try (Stream<Path> walk = Files.walk(generation.resolve("text"))) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
                }
            }
            case "Lucene segments file deleted" -> {
                try (Stream<Path> files = Files.list(generation.resolve("text"))) {
                    for (Path p : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) Files.delete(p);
                }
            }
            case "half of the node table cut away" -> {
                try (Stream<Path> walk = Files.walk(tdb)) {
                    for (Path p : walk.filter(f -> f.getFileName().toString().equals("nodes-data.obj")).toList()) {
                        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
                            f.setLength(f.length() / 2);
                        }
                    }
                }
            }
            case "read-only database folder" -> {
                try (Stream<Path> walk = Files.walk(tdb)) {
                    for (Path p : walk.filter(Files::isDirectory).toList()) Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("r-xr-xr-x"));
                }
            }
            default -> {
                try (Stream<Path> walk = Files.walk(tdb)) {
                    for (Path p : walk.filter(f -> f.getFileName().toString().startsWith("nodes")).toList()) Files.write(p, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"emptied TDB2 folder", "missing text index", "Lucene segments file deleted", "garbage in the node table",
            "half of the node table cut away", "read-only database folder"})
    void aDamagedDatabaseIsReportedAndNeverServed(String damage, @TempDir Path tmp) throws Exception {
        Path db = copyOfTheStore(tmp);
        Path generation = TdbStore.currentFolder(db);
        damage(generation, damage);
        StringBuilder log = new StringBuilder();
        Process server = serve(db, freePort(), log, "--no-build");
        try {
            assertTrue(server.waitFor(120, TimeUnit.SECONDS), damage + ": the server refuses instead of serving:\n" + log);
            assertEquals(2, server.exitValue(), log.toString());
            assertFalse(log.toString().contains("SPARQL endpoint:"), log.toString());
            assertTrue(log.toString().contains(generation.getFileName().toString()) && log.toString().contains("not serving"),
                    damage + ": the message names the generation and says it is not served:\n" + log);
            if (damage.startsWith("read-only")) assertTrue(log.toString().contains("read-only"), log.toString());
            assertTrue(log.toString().lines().noneMatch(l -> l.strip().equals("published") || l.contains("SHACL")), "--no-build never builds:\n" + log);
            assertEquals(generation, TdbStore.currentFolder(db), "nothing was published");
        } finally {
            stop(server);
        }
    }

    @Test
    void withoutNoBuildADamagedDatabaseIsBuiltAgainAndServed(@TempDir Path tmp) throws Exception {
        Path db = copyOfTheStore(tmp);
        damage(TdbStore.currentFolder(db), "half of the node table cut away");
        int port = freePort();
        StringBuilder log = new StringBuilder();
        Process server = serve(db, port, log);
        try {
            assertTrue(log.toString().contains("SPARQL endpoint:"), log.toString());
            assertEquals("n\n22", tasks(port), "the new generation is served");
        } finally {
            stop(server);
        }
    }

    @Test
    void aDatabaseInUseByAnotherServerIsReportedAndLeftAlone(@TempDir Path tmp) throws Exception {
        Path db = copyOfTheStore(tmp);
        Path generation = TdbStore.currentFolder(db);
        int port = freePort();
        StringBuilder firstLog = new StringBuilder();
        Process first = serve(db, port, firstLog, "--no-build");
        try {
            assertTrue(firstLog.toString().contains("SPARQL endpoint:"), firstLog.toString());
            StringBuilder secondLog = new StringBuilder();
            Process second = serve(db, freePort(), secondLog, "--no-build");
            try {
                assertTrue(second.waitFor(120, TimeUnit.SECONDS), secondLog.toString());
                assertEquals(2, second.exitValue(), secondLog.toString());
                assertTrue(secondLog.toString().contains("database in use by pid " + first.pid()), secondLog.toString());
            } finally {
                stop(second);
            }
            assertEquals(generation, TdbStore.currentFolder(db), "nothing was rebuilt or swapped");
            assertEquals("n\n22", tasks(port), "the first server still answers");
        } finally {
            stop(first);
        }
    }
}
