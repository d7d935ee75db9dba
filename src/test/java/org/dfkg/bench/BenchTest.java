package org.dfkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dfkg.BuiltGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bench command's parts run for real at the smallest size (one repetition, eight generated
 * documents) and each yields its figure and baseline. Nothing here asserts a timing.
 */
class BenchTest {
    @TempDir
    Path work;

    @Test
    void statisticsAreMediansAndFittedExponents() {
        assertEquals(2.0, Stats.of(List.of(3.0, 1.0, 2.0)).median());
        assertEquals(2.5, Stats.of(List.of(4.0, 1.0, 2.0, 3.0)).median());
        assertEquals(1.0, Stats.of(List.of(4.0, 1.0, 2.0, 3.0)).min());
        assertEquals(1.0, Stats.growthExponent(List.of(1.0, 10.0, 100.0), List.of(3.0, 30.0, 300.0)), 1e-9);
        assertEquals(2.0, Stats.growthExponent(List.of(2.0, 4.0, 8.0), List.of(4.0, 16.0, 64.0)), 1e-9);
    }

    @Test
    void everyPartMeasuresItsFigureAgainstItsBaseline() throws Exception {
        BuiltGraph.result();
        StringWriter log = new StringWriter();
        Bench bench = new Bench(BuiltGraph.settings(), work, 1, 8, new PrintWriter(log, true));
        for (Bench.Part part : Bench.Part.values()) bench.run(part, 8);
        String table = bench.table();
        List<Bench.Figure> figures = bench.figures();
        assertEquals(6, figures.size(), table);
        for (Bench.Figure f : figures) {
            assertFalse(f.ours().contains("NaN"), table);
            assertFalse(f.baseline().contains("NaN"), table);
        }
        assertTrue(figures.get(0).name().startsWith("extraction"), table);
        assertTrue(figures.get(3).ours().contains("triples"), table);
        try (var queries = Files.list(BuiltGraph.projectRoot().resolve("queries"))) {
            for (Path q : queries.filter(p -> p.toString().endsWith(".rq")).toList()) {
                assertTrue(table.contains("| " + q.getFileName().toString().replace(".rq", "") + " |"), "no latency row for " + q + "\n" + table);
            }
        }
        assertTrue(table.contains("; 0 failed requests"), table);
        for (Bench.Figure f : figures) assertTrue(f.goal().contains("≤"), "every goal comes from " + Goals.FILE + ": " + f.goal());
    }

    /** The goals are data: a figure is judged by the bound data/bench-goals.tsv gives it, and a bad row names its line. */
    @Test
    void goalsAreReadFromTheirDataFile() throws Exception {
        Goals goals = Goals.load(BuiltGraph.projectRoot().resolve("data"));
        assertTrue(goals.of("extraction").met(1.5));
        assertFalse(goals.of("extraction").met(1.51));
        assertTrue(goals.of("cold-build").shown().startsWith("≤ 10 s"), goals.of("cold-build").shown());
        Files.writeString(work.resolve(Goals.FILE), "figure\tmeasure\tmax\tgoal\nextraction\tratio\t0.5\tfaster than segmentation\nload\tspeed\t1\tx\n");
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.dfkg.reference.ReferenceDataException.class, () -> Goals.load(work));
        assertTrue(e.getMessage().contains(Goals.FILE + ":3") && e.getMessage().contains("ratio, seconds or exponent"), e.getMessage());
        Files.writeString(work.resolve(Goals.FILE), "figure\tmeasure\tmax\tgoal\nextraction\tratio\t0.5\tfaster than segmentation\n");
        assertFalse(Goals.load(work).of("extraction").met(0.6));
    }
}
