package org.dfkg.pipeline;

import org.dfkg.store.Dumps;
import org.dfkg.store.TdbStore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.sparql.exec.QueryExec;
import org.dfkg.BuiltGraph;
import org.dfkg.CountingQueries;
import org.dfkg.bench.CorpusGenerator;
import org.dfkg.corpus.CorpusReader;
import org.dfkg.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streaming build publishes the same graph as the in-memory build, on every core, and rejects what that rejects. */
class StreamingBuildTest {
    private static Set<String> quads(DatasetGraph dsg) {
        Set<String> out = new TreeSet<>();
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining((Quad q) -> out.add(q.toString())));
        return out;
    }

    @Test
    void theSeedCorpusStreamsIntoTheSameGraph(@TempDir Path tmp) throws Exception {
        BuildSettings settings = BuiltGraph.settings().withDatabase(tmp.resolve("db")).withOutputs(tmp.resolve("out"));
        StringWriter log = new StringWriter();
        assertTrue(new StreamingBuilder(settings, 2, new PrintWriter(log, true)).build(), log.toString());
        Set<String> streamed = quads(TdbStore.open(tmp.resolve("db")));
        BuiltGraph.result();
        // Against the database the in-memory build published: TDB2 writes decimals in their canonical form (2000 → 2000.0).
        Set<String> inMemory = quads(TdbStore.open(BuiltGraph.settings().database()));
        Set<String> missing = new TreeSet<>(inMemory);
        missing.removeAll(streamed);
        Set<String> extra = new TreeSet<>(streamed);
        extra.removeAll(inMemory);
        assertTrue(missing.isEmpty() && extra.isEmpty(), "missing " + missing.stream().limit(5).toList() + " extra " + extra.stream().limit(5).toList());
        Path dumps = settings.dumpsFolder();
        assertTrue(dumps.startsWith(TdbStore.currentFolder(tmp.resolve("db"))), "the dumps are in the published generation: " + dumps);
        assertTrue(Files.isRegularFile(dumps.resolve(Dumps.QUADS_GZ)));
        String sum = Files.readString(dumps.resolve(Dumps.CHECKSUMS)).split("  ")[0];
        assertEquals(Dumps.sha256(dumps.resolve(Dumps.QUADS_GZ)), sum);
    }

    @Test
    void aSyntheticCorpusWithABadFileStreamsAndReportsIt(@TempDir Path tmp) throws Exception {
        Path corpus = tmp.resolve("corpus");
        new CorpusGenerator(org.dfkg.Lexicons.reader().read(Path.of("data/corpus")).documents(), ReferenceData.load(Path.of("data/reference"))).write(corpus, 12, 5);
        Files.write(corpus.resolve("broken.txt"), new byte[] {0, 1, 2});
        Files.copy(corpus.resolve("syn-000001.txt"), corpus.resolve("syn-999999.txt"));
        BuildSettings settings = BuiltGraph.settings().withCorpus(corpus).withDatabase(tmp.resolve("db")).withOutputs(tmp.resolve("out"));
        StringWriter log = new StringWriter();
        assertTrue(new StreamingBuilder(settings, 2, new PrintWriter(log, true)).build(), log.toString());
        assertTrue(log.toString().contains("rejected: ") && log.toString().contains("broken.txt"), log.toString());
        assertTrue(log.toString().contains("syn-999999: same text as syn-000001"), log.toString());
        assertTrue(log.toString().contains("12 documents"), log.toString());
        // The sums written chunk by chunk answer what counting every node of the published graph answers.
        DatasetGraph db = TdbStore.open(tmp.resolve("db"));
        for (String name : CountingQueries.names().toList()) {
            CountingQueries.assertSameRows(name, query -> Txn.calculateRead(db, () -> {
                try (QueryExec exec = QueryExec.dataset(db).query(query).build()) {
                    return exec.select().materialize();
                }
            }));
        }
    }
}
