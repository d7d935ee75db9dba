package org.dfkg.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.dfkg.BuiltGraph;
import org.dfkg.pipeline.BuildResult;
import org.dfkg.pipeline.BuildSettings;
import org.dfkg.pipeline.KnowledgeGraphBuilder;
import org.dfkg.corpus.CorpusReader;
import org.dfkg.reference.ReferenceData;
import org.dfkg.vocab.DFKG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic corpus: deterministic for a seed, marked synthetic, and a valid graph when built. */
class CorpusGeneratorTest {
    private static CorpusGenerator generator() throws Exception {
        return new CorpusGenerator(org.dfkg.Lexicons.reader().read(Path.of("data/corpus")).documents(), ReferenceData.load(Path.of("data/reference")));
    }

    @Test
    void theSameSeedWritesTheSameFilesAndAnotherSeedOthers(@TempDir Path tmp) throws Exception {
        List<Path> a = generator().write(tmp.resolve("a"), 5, 42);
        List<Path> b = generator().write(tmp.resolve("b"), 5, 42);
        List<Path> c = generator().write(tmp.resolve("c"), 5, 43);
        for (int i = 0; i < 5; i++) {
            assertArrayEquals(Files.readAllBytes(a.get(i)), Files.readAllBytes(b.get(i)), a.get(i).toString());
            assertNotEquals(Files.readString(a.get(i)), Files.readString(c.get(i)));
        }
        assertTrue(Files.readString(tmp.resolve("a/syn-000001.meta.properties")).contains("synthetic=true"));
    }

    @Test
    void aGeneratedCorpusBuildsIntoAValidGraphMarkedSynthetic(@TempDir Path tmp) throws Exception {
        Path corpus = tmp.resolve("corpus");
        generator().write(corpus, 20, 3);
        BuildSettings settings = BuildSettings.defaults(BuiltGraph.projectRoot()).withCorpus(corpus)
                .withDatabase(tmp.resolve("db")).withOutputs(tmp.resolve("out"));
        BuildResult result = new KnowledgeGraphBuilder(settings).assemble();
        assertTrue(result.validation().conforms(), result.validation().findings().toString());
        assertTrue(result.rejected().isEmpty(), result.rejected().toString());
        assertEquals(20, result.documents().size());
        assertTrue(result.documents().stream().allMatch(d -> d.tasks().size() >= 9 && d.source().metadata().synthetic()));
        var union = GraphFactory.createDefaultGraph();
        result.dataset().find().forEachRemaining(q -> union.add(q.asTriple()));
        assertEquals(20, union.find(null, DFKG.SYNTHETIC.asNode(), NodeFactory.createLiteralByValue(true)).toList().size());
        assertTrue(result.documents().stream().allMatch(d -> d.issuer() instanceof org.dfkg.extract.AgencyRef.Reconciled), "every city's general office is curated");
    }
}
