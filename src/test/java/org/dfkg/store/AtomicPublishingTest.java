package org.dfkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.dfkg.BuiltGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills real build processes with SIGKILL at several points, including after a generation is written
 * and before it is published, races two builds, and checks that the published generation is always a
 * whole one (database, text index and dumps of one build: the old or the new, never a mix or
 * nothing), that leftovers are cleared, and that the next build succeeds.
 */
class AtomicPublishingTest {
    private static Process build(Path corpus, Path db, Path out, Path log, String... jvmOptions) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.dfkg.cli.Main", "build", "--project", BuiltGraph.projectRoot().toString(),
                "--corpus", corpus.toString(), "--db", db.toString(), "--out", out.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** The quads of the published generation, read afresh (TDB2 caches connections per folder), checked against its manifest and dumps. */
    private static long quads(Path db) throws Exception {
        Path folder = TdbStore.currentFolder(db);
        for (String part : List.of(TdbStore.TDB, TdbStore.TEXT, TdbStore.DUMPS, TdbStore.MANIFEST)) {
            assertTrue(Files.exists(folder.resolve(part)), "a whole generation is published at " + folder + ": " + part);
        }
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(folder.resolve(TdbStore.TDB).toString());
        long quads;
        try {
            quads = Txn.calculateRead(dsg, () -> dsg.stream().count());
        } finally {
            TDBInternal.expel(dsg);
        }
        assertEquals(TdbStore.Manifest.read(folder.resolve(TdbStore.MANIFEST)).quads(), quads, "the manifest counts what was published");
        long dumped;
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(folder.resolve(TdbStore.DUMPS).resolve(Dumps.QUADS_GZ)))) {
            dumped = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).count();
        }
        assertEquals(quads, dumped, "the dump of the published generation holds its quads");
        return quads;
    }

    @Test
    void killedBuildsNeverBreakThePublishedDatabase(@TempDir Path tmp) throws Exception {
        Path full = Files.createDirectories(tmp.resolve("full"));
        Path small = Files.createDirectories(tmp.resolve("small"));
        try (var files = Files.list(Path.of("data/corpus"))) {
            for (Path f : files.toList()) Files.copy(f, full.resolve(f.getFileName()));
        }
        Files.copy(Path.of("data/corpus/fz-2017-work-points.txt"), small.resolve("fz-2017-work-points.txt"));
        Path db = tmp.resolve("db");
        Path out = tmp.resolve("out");

        Process first = build(full, db, out, tmp.resolve("first.log"));
        assertTrue(first.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, first.exitValue(), Files.readString(tmp.resolve("first.log")));
        long before = quads(db);

        // Killed while reading, extracting, validating or loading: the published database is the old one or the new one.
        long after = -1;
        for (int delayMillis : new int[] {500, 2500, 4500, 6500, 8500}) {
            Process p = build(small, db, out, tmp.resolve("killed-" + delayMillis + ".log"));
            Thread.sleep(delayMillis);
            p.destroyForcibly();
            p.waitFor(60, TimeUnit.SECONDS);
            long now = quads(db);
            if (now != before) after = now;
            assertTrue(now == before || now == after, "after a kill at " + delayMillis + " ms: " + now + " quads, expected " + before + " or the new build's");
        }

        // Killed after its generation is written and before it is published: CURRENT still names the old one.
        String published = TdbStore.currentFolder(db).getFileName().toString();
        Process pause = build(full, db, out, tmp.resolve("pause.log"), "-Ddfkg.test.pauseBeforePublish=60000");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (generations(db) < 2 + (after < 0 ? 0 : 1) && System.nanoTime() < deadline && pause.isAlive()) Thread.sleep(50);
        pause.destroyForcibly();
        pause.waitFor(60, TimeUnit.SECONDS);
        assertEquals(published, TdbStore.currentFolder(db).getFileName().toString(), "an unpublished generation is not current: " + Files.readString(tmp.resolve("pause.log")));
        assertTrue(Set.of(before, after).contains(quads(db)));

        // Two builds at once: one publishes, the other is refused with a message; the store stays whole.
        Process a = build(full, db, out, tmp.resolve("a.log"));
        Process b = build(full, db, out, tmp.resolve("b.log"));
        assertTrue(a.waitFor(300, TimeUnit.SECONDS) && b.waitFor(300, TimeUnit.SECONDS));
        String logs = Files.readString(tmp.resolve("a.log")) + Files.readString(tmp.resolve("b.log"));
        assertTrue(a.exitValue() == 0 || b.exitValue() == 0, logs);
        if (a.exitValue() != 0 || b.exitValue() != 0) {
            assertEquals(2, a.exitValue() + b.exitValue(), "the refused build exits 2: " + logs);
            assertTrue(logs.contains("another build is publishing this database"), logs);
        }
        assertEquals(before, quads(db));

        Process last = build(small, db, out, tmp.resolve("last.log"));
        assertTrue(last.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, last.exitValue(), Files.readString(tmp.resolve("last.log")));
        long finalQuads = quads(db);
        assertTrue(finalQuads < before, "the next build succeeds and publishes the small corpus");
        try (var leftovers = Files.list(db)) {
            List<String> names = leftovers.map(f -> f.getFileName().toString()).sorted().toList();
            assertTrue(names.stream().noneMatch(n -> n.endsWith(".partial") || n.startsWith("dumps-")), "no half-written folder is left: " + names);
            assertEquals(2, generations(db), "the current generation and the one before it are kept: " + names);
        }
    }

    /**
     * A disk that fills up while a build writes: the file-size limit of the build's process (ulimit -f,
     * enforced by the kernel) fails its writes as a full disk does. The build exits 2 with a message,
     * leaves nothing behind, and the next build publishes.
     */
    @Test
    void aBuildThatRunsOutOfDiskSaysSoAndCleansUp(@TempDir Path tmp) throws Exception {
        Path small = Files.createDirectories(tmp.resolve("small"));
        Files.copy(Path.of("data/corpus/fz-2017-work-points.txt"), small.resolve("fz-2017-work-points.txt"));
        Path db = tmp.resolve("db");
        for (String mode : List.of("build", "build --streaming")) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String command = "ulimit -f 4000; exec '" + java + "' -cp '" + System.getProperty("java.class.path") + "' org.dfkg.cli.Main " + mode
                    + " --project '" + BuiltGraph.projectRoot() + "' --corpus '" + small + "' --db '" + db + "' --out '" + tmp.resolve("out") + "'";
            Process p = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).redirectOutput(tmp.resolve("full.log").toFile()).start();
            assertTrue(p.waitFor(300, TimeUnit.SECONDS));
            String log = Files.readString(tmp.resolve("full.log"));
            assertEquals(2, p.exitValue(), mode + ": " + log);
            assertTrue(log.contains("could not write the new database") && log.contains("MB free"), mode + ": " + log);
            assertFalse(log.contains("\tat "), "a message, not a stack trace: " + log);
            try (var left = Files.list(db)) {
                assertEquals(List.of(), left.map(f -> f.getFileName().toString()).toList(), mode + ": nothing is left in the store");
            }
            try (var left = Files.list(tmp.resolve("out"))) {
                assertTrue(left.noneMatch(f -> f.getFileName().toString().endsWith(".part")), mode + ": no partial dump is left");
            }
        }
        Process again = build(small, db, tmp.resolve("out"), tmp.resolve("again.log"));
        assertTrue(again.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, again.exitValue(), Files.readString(tmp.resolve("again.log")));
        assertTrue(quads(db) > 0);
    }

    private static long generations(Path db) throws Exception {
        try (var children = Files.list(db)) {
            return children.filter(f -> f.getFileName().toString().matches("g-\\d+")).count();
        }
    }
}
