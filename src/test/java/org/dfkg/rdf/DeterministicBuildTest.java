package org.dfkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.dfkg.BuiltGraph;
import org.dfkg.pipeline.BuildResult;
import org.dfkg.pipeline.BuildSettings;
import org.dfkg.store.Dumps;
import org.dfkg.pipeline.KnowledgeGraphBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterministicBuildTest {
    @Test
    void buildingTwiceGivesTheSameGraphAndTheSameDumps(@TempDir Path tmp) throws Exception {
        BuildResult first = BuiltGraph.result();
        BuildSettings again = BuiltGraph.settings().withDatabase(tmp.resolve("db")).withOutputs(tmp.resolve("out"));
        BuildResult second = new KnowledgeGraphBuilder(again).build();
        DatasetGraph a = first.dataset();
        DatasetGraph b = second.dataset();
        assertTrue(IsoMatcher.isomorphic(a, b), "datasets differ");
        byte[] dumpA = Files.readAllBytes(BuiltGraph.settings().dumpsFolder().resolve(Dumps.ALL));
        byte[] dumpB = Files.readAllBytes(again.dumpsFolder().resolve(Dumps.ALL));
        assertEquals(new String(dumpA), new String(dumpB));
        assertTrue(Files.list(again.dumpsFolder().resolve("graphs")).count() >= 7, "one Turtle file per graph");
    }
}
