package org.dfkg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline pinned: the seed corpus builds into exactly the committed graph
 * ({@code src/test/resources/expected/seed-graph.nq.gz}, sorted N-Quads). When it differs, the test
 * lists the quads added and removed. After a change of the graph on purpose, regenerate it with
 * {@code ./mvnw test -Dtest=ExpectedGraphTest -Ddfkg.regenerate=true} and commit the file.
 */
class ExpectedGraphTest {
    static final Path EXPECTED = BuiltGraph.projectRoot().resolve("src/test/resources/expected/seed-graph.nq.gz");
    private static final int SHOWN = 25;

    static TreeSet<String> sortedQuads() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, BuiltGraph.result().dataset(), RDFFormat.NQUADS);
        return new TreeSet<>(out.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList());
    }

    @Test
    void theSeedCorpusBuildsTheCommittedGraph() throws Exception {
        TreeSet<String> built = sortedQuads();
        if (Boolean.getBoolean("dfkg.regenerate")) {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(EXPECTED))) {
                out.write((String.join("\n", built) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        TreeSet<String> expected;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(EXPECTED))) {
            expected = new TreeSet<>(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList());
        }
        List<String> added = new ArrayList<>(built);
        added.removeAll(expected);
        List<String> removed = new ArrayList<>(expected);
        removed.removeAll(built);
        assertTrue(added.isEmpty() && removed.isEmpty(), String.format(
                "the seed graph differs from %s: %d quads added, %d removed%nadded:%n  %s%nremoved:%n  %s%n"
                        + "(after a change on purpose: ./mvnw test -Dtest=ExpectedGraphTest -Ddfkg.regenerate=true)",
                EXPECTED, added.size(), removed.size(), String.join("\n  ", added.subList(0, Math.min(SHOWN, added.size()))),
                String.join("\n  ", removed.subList(0, Math.min(SHOWN, removed.size())))));
    }
}
