package org.dfkg.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.dfkg.reference.TsvTable;

/** The bench's goals, one per figure, from {@code data/bench-goals.tsv}: a figure meets its goal when its measure is at most the maximum. */
final class Goals {
    static final String FILE = "bench-goals.tsv";

    /** One goal: what is measured, its maximum, and the goal in words for the table. */
    record Goal(String figure, String measure, double max, String text) {
        boolean met(double value) {
            return value <= max;
        }

        /** The goal as the table shows it: its words and its bound. */
        String shown() {
            String bound = switch (measure) {
                case "ratio" -> String.format(Locale.ROOT, "ratio ≤ %.2f", max);
                case "seconds" -> String.format(Locale.ROOT, "≤ %.0f s", max);
                default -> String.format(Locale.ROOT, "%s ≤ %.2f", measure, max);
            };
            return bound + " (" + text + ")";
        }
    }

    private final Map<String, Goal> byFigure = new LinkedHashMap<>();

    static Goals load(Path dataFolder) {
        Goals goals = new Goals();
        for (TsvTable.Row row : TsvTable.read(dataFolder.resolve(FILE), "figure", "measure", "max", "goal").rows()) {
            String measure = row.get("measure");
            if (!measure.equals("ratio") && !measure.equals("seconds") && !measure.equals("exponent")) throw row.error("measure is ratio, seconds or exponent");
            double max;
            try {
                max = Double.parseDouble(row.get("max"));
            } catch (NumberFormatException e) {
                throw row.error("max is a number");
            }
            goals.byFigure.put(row.get("figure"), new Goal(row.get("figure"), measure, max, row.get("goal")));
        }
        return goals;
    }

    Goal of(String figure) {
        Goal g = byFigure.get(figure);
        if (g == null) throw new IllegalStateException(FILE + " has no goal for the figure '" + figure + "'");
        return g;
    }
}
