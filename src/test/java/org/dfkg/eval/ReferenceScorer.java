package org.dfkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a copy of the reference scorer score.py on an endpoint and checks that our scorer prints the same lines. */
final class ReferenceScorer {
    private ReferenceScorer() {}

    static void agreesWithOurs(Path scorer, String endpoint, Path gold) throws Exception {
        boolean python = new ProcessBuilder("python3", "--version").start().waitFor(10, TimeUnit.SECONDS);
        if (!python && System.getenv("CI") != null) fail("python3 is missing in CI");
        assumeTrue(python, "python3 is not installed");
        Process p = new ProcessBuilder("python3", scorer.toString(), endpoint, "queries/eval", gold.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "score.py timed out");
        List<String> reference = new ArrayList<>();
        for (String line : out.split("\n")) if (line.contains("P=")) reference.add(line.strip());
        List<String> ours = new ArrayList<>();
        for (Score s : new Evaluator(endpoint, Path.of("queries/eval"), gold).run()) ours.add(s.line().replace("NaN", "nan").strip());
        assertEquals(reference.stream().sorted().toList(), ours.stream().sorted().toList(), "score.py printed:\n" + out);
    }
}
