package org.dfkg.extract;

import java.math.BigDecimal;
import java.util.List;

/**
 * A quantitative figure: {@code value} has Chinese magnitudes multiplied out (4800万 → 48000000)
 * and {@code unit} is the unit as written without its magnitude (户, %, 元/人年), with the
 * {@code dimension} it measures. {@code year} is the deadline of a target or the reference year of
 * an observation. {@code baseline} is the value a table gives the same indicator for a year before
 * the plan (its base), or null. {@code alsoStated} are further places the document states the same
 * figure (a sentence and a table row). {@code taskKey} is null when the figure is outside any task.
 * {@code indicator} is the IRI of the indicator its wording names ({@link IndicatorMatcher}), or null.
 */
public record Figure(FigureKind kind, String metric, BigDecimal value, String unit, String dimension, Comparison comparison, int year,
                     boolean yearStated, Baseline baseline, TextSpan evidence, List<TextSpan> alsoStated, String taskKey, String indicator) {
    public Figure {
        alsoStated = List.copyOf(alsoStated);
    }

    /** The value of a target's indicator in a base year, and where it is written. */
    public record Baseline(BigDecimal value, int year, TextSpan evidence) {}

    public Figure withAlsoStated(List<TextSpan> more) {
        List<TextSpan> all = new java.util.ArrayList<>(alsoStated);
        all.addAll(more);
        return new Figure(kind, metric, value, unit, dimension, comparison, year, yearStated, baseline, evidence, all, taskKey, indicator);
    }

    public Figure withIndicator(String iri) {
        return new Figure(kind, metric, value, unit, dimension, comparison, year, yearStated, baseline, evidence, alsoStated, taskKey, iri);
    }
}
