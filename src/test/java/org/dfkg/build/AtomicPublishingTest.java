package org.dfkg.build;

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
 * Kills real build processes with SIGKILL at several points, including between the two renames
 * of the swap, and checks that the published database is always a whole one (the old or the new,
 * never a mix or nothing), and that the next build succeeds.
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

    /** The quads of the published database, read afresh (TDB2 caches connections per folder). */
    private static long quads(Path db) throws Exception {
        TdbStore.recover(db.toAbsolutePath().normalize());
        assertTrue(Files.isDirectory(db.resolve(TdbStore.TDB)) && Files.isDirectory(db.resolve(TdbStore.TEXT)), "a whole database is published at " + db);
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(db.resolve(TdbStore.TDB).toString());
        try {
            return Txn.calculateRead(dsg, () -> dsg.stream().count());
        } finally {
            TDBInternal.expel(dsg);
        }
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

        // Killed between the two renames: the old database is aside and none is in place; the next opening puts it back.
        Process swap = build(full, db, out, tmp.resolve("swap.log"), "-Ddfkg.test.pauseBetweenRenames=60000");
        Path aside = db.resolveSibling(db.getFileName() + ".old");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!(Files.isDirectory(aside) && !Files.exists(db)) && System.nanoTime() < deadline && swap.isAlive()) Thread.sleep(50);
        assertTrue(Files.isDirectory(aside) && !Files.exists(db), "the build reached the swap: " + Files.readString(tmp.resolve("swap.log")));
        swap.destroyForcibly();
        swap.waitFor(60, TimeUnit.SECONDS);
        long restored = quads(db);
        assertTrue(Set.of(before, after).contains(restored), "the database moved aside is restored: " + restored);
        assertFalse(Files.exists(aside));

        Process last = build(small, db, out, tmp.resolve("last.log"));
        assertTrue(last.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, last.exitValue(), Files.readString(tmp.resolve("last.log")));
        long finalQuads = quads(db);
        assertTrue(finalQuads < before, "the next build succeeds and publishes the small corpus");
        try (var leftovers = Files.list(tmp)) {
            assertTrue(leftovers.noneMatch(f -> f.getFileName().toString().startsWith("db.new-")), "no half-loaded folder is left");
        }
    }
}
