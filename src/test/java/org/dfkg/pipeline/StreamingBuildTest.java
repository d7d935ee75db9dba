package org.dfkg.pipeline;

import org.dfkg.store.Dumps;
import org.dfkg.store.TdbStore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    /** The seeds and the real documents, as both builds read them: the same graph, quad for quad. */
    @Test
    void bothBuildsPublishTheSameGraphOfTheSeedsAndTheRealDocuments(@TempDir Path tmp) throws Exception {
        Path realdocs = BuiltGraph.projectRoot().resolve("../shared/realdocs/corpus").normalize();
        BuildSettings settings = BuiltGraph.settings().withCorpora(List.of(BuiltGraph.projectRoot().resolve("data/corpus"), realdocs))
                .withOutputs(tmp.resolve("out"));
        StringWriter log = new StringWriter();
        assertTrue(new StreamingBuilder(settings.withDatabase(tmp.resolve("streamed")), 2, new PrintWriter(log, true)).build(), log.toString());
        BuildResult inMemory = new KnowledgeGraphBuilder(settings.withDatabase(tmp.resolve("in-memory"))).build();
        assertTrue(inMemory.published(), inMemory.validation().findings().toString());
        assertTrue(inMemory.documents().size() > 15, "the seeds and the real documents are built: " + inMemory.documents().size());
        // Both compared as TDB2 stored them: TDB2 writes decimals in their canonical form (2000 → 2000.0).
        Set<String> streamed = quads(TdbStore.open(tmp.resolve("streamed")));
        Set<String> built = quads(TdbStore.open(tmp.resolve("in-memory")));
        Set<String> missing = new TreeSet<>(built);
        missing.removeAll(streamed);
        Set<String> extra = new TreeSet<>(streamed);
        extra.removeAll(built);
        assertTrue(missing.isEmpty() && extra.isEmpty(), missing.size() + " quads only in the in-memory build " + missing.stream().limit(5).toList()
                + "; " + extra.size() + " only in the streamed build " + extra.stream().limit(5).toList());
        Path dumps = settings.withDatabase(tmp.resolve("streamed")).dumpsFolder();
        assertTrue(dumps.startsWith(TdbStore.currentFolder(tmp.resolve("streamed"))), "the dumps are in the published generation: " + dumps);
        assertTrue(Files.isRegularFile(dumps.resolve(Dumps.QUADS_GZ)));
        String sum = Files.readString(dumps.resolve(Dumps.CHECKSUMS)).split("  ")[0];
        assertEquals(Dumps.sha256(dumps.resolve(Dumps.QUADS_GZ)), sum);
    }

    /** Files that would be one document are chosen between by one rule, whichever build reads them. */
    @Test
    void bothBuildsRejectTheSameFilesForTheSameReasons(@TempDir Path tmp) throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Path seed = BuiltGraph.projectRoot().resolve("data/corpus/fz-2017-work-points.txt");
        Files.copy(seed, corpus.resolve("fz-2017-work-points.txt"));
        Files.copy(seed, corpus.resolve("fz-2017-work-points (1).txt"));
        // The same id from another file with other text: x.txt and x.md must not become one document graph.
        Files.copy(BuiltGraph.projectRoot().resolve("data/corpus/fj-2010-work-points.txt"), corpus.resolve("fz-2017-work-points.md"));
        BuildSettings settings = BuiltGraph.settings().withCorpus(corpus).withOutputs(tmp.resolve("out"));
        StringWriter log = new StringWriter();
        assertTrue(new StreamingBuilder(settings.withDatabase(tmp.resolve("streamed")), 2, new PrintWriter(log, true)).build(), log.toString());
        BuildResult inMemory = new KnowledgeGraphBuilder(settings.withDatabase(tmp.resolve("in-memory"))).assemble();
        assertEquals(2, inMemory.rejected().size(), inMemory.rejected().toString());
        for (String reason : inMemory.rejected()) assertTrue(log.toString().contains("rejected: " + reason), reason + " not in " + log);
        assertTrue(inMemory.rejected().stream().anyMatch(r -> r.contains("(1).txt: same text as fz-2017-work-points.txt")), inMemory.rejected().toString());
        assertTrue(inMemory.rejected().stream().anyMatch(r -> r.contains(": document id 'fz-2017-work-points' is already used by ")),
                inMemory.rejected().toString());
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
        assertTrue(log.toString().contains("syn-999999.txt: same text as syn-000001.txt"), log.toString());
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
