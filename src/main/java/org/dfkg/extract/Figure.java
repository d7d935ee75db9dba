package org.dfkg.extract;

import java.math.BigDecimal;

/**
 * A quantitative figure: {@code value} has Chinese magnitudes multiplied out (4800万 → 48000000)
 * and {@code unit} is the base unit (户, %, 元). {@code year} is the deadline of a target or the
 * reference year of an observation. {@code taskKey} is null when the figure is outside any task.
 */
public record Figure(FigureKind kind, String metric, BigDecimal value, String unit, Comparison comparison, int year,
                     boolean yearStated, TextSpan evidence, String taskKey) {}
