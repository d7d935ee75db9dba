package org.dfkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.dfkg.BuiltGraph;
import org.junit.jupiter.api.Test;

/** Scores the served graph against the gold files (a copy kept under src/test/resources/gold). */
class EvalScoresTest {
    private static final Path GOLD = Path.of("src/test/resources/gold");

    private static Map<String, Score> scores() throws Exception {
        return new Evaluator(BuiltGraph.endpoint(), Path.of("queries/eval"), GOLD).run().stream()
                .collect(Collectors.toMap(Score::name, s -> s));
    }

    @Test
    void minimumScoresHold() throws Exception {
        Map<String, Score> s = scores();
        // The quality bar of issue 3: every documents field right, roles ≥ 0.95, technologies and targets ≥ 0.90.
        assertEquals(1.0, s.get("documents").f1(), s.get("documents").line());
        assertTrue(s.get("agency-roles").f1() >= 0.95, s.get("agency-roles").line());
        assertTrue(s.get("technologies").f1() >= 0.90, s.get("technologies").line());
        assertTrue(s.get("targets").f1() >= 0.90, s.get("targets").line());
        // Issue 4: one programme per gold thread covers its documents.
        assertTrue(s.get("threads").recall() >= 0.9, s.get("threads").line());
    }

    @Test
    void agreesWithTheReferenceScorer() throws Exception {
        ReferenceScorer.agreesWithOurs(GOLD.resolve("score.py"), BuiltGraph.endpoint(), GOLD);
    }
}
