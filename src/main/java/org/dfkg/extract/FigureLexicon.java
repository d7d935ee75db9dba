package org.dfkg.extract;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.dfkg.corpus.TextNormaliser;
import org.dfkg.reference.LongestFirst;
import org.dfkg.reference.Measures;
import org.dfkg.reference.TsvTable;

/**
 * The words figures are read with, from {@code data/lexicon/units.tsv} and {@code figure-words.tsv}:
 * units with their dimension, Chinese magnitudes, bounds before and after a figure, and the words
 * that make a figure a report (已经, 累计), a goal (力争), an increase (新增) or a year a base of comparison (较2017年).
 */
public final class FigureLexicon {
    public static final String UNITS = "units.tsv";
    public static final String WORDS = "figure-words.tsv";

    private final Map<String, String> dimensions = new LinkedHashMap<>();
    private final Map<String, String> symbols = new LinkedHashMap<>();
    private final List<String> increments = new ArrayList<>();
    private final Map<String, BigDecimal> magnitudes = new LinkedHashMap<>();
    /** Bounds in the order they are tried: the longest first, so that 及以上 is tried before 以上. */
    private final Map<String, Comparison> boundsAfter;
    private final Map<String, Comparison> boundsBefore;
    private final List<String> past = new ArrayList<>();
    private final List<String> aims = new ArrayList<>();
    private final List<String> baseYearWords = new ArrayList<>();
    private final List<String> tableColumns = new ArrayList<>();
    private final String unitAlternation;
    private final String magnitudeAlternation;

    private FigureLexicon(Path folder) {
        for (TsvTable.Row row : TsvTable.read(folder.resolve(UNITS), "unit", "dimension", "symbol").rows()) {
            if (row.get("dimension").isEmpty()) throw row.error("a unit needs its dimension");
            dimensions.put(row.get("unit"), row.get("dimension"));
            if (!row.get("symbol").isEmpty()) {
                try {
                    Measures.unit(row.get("symbol"));
                } catch (IllegalArgumentException e) {
                    throw row.error(e.getMessage());
                }
            }
            symbols.put(row.get("unit"), row.get("symbol"));
        }
        Map<String, Comparison> after = new LinkedHashMap<>();
        Map<String, Comparison> before = new LinkedHashMap<>();
        for (TsvTable.Row row : TsvTable.read(folder.resolve(WORDS), "kind", "word", "meaning").rows()) {
            String word = row.get("word");
            switch (row.get("kind")) {
                case "magnitude" -> {
                    try {
                        magnitudes.put(word, new BigDecimal(row.get("meaning")));
                    } catch (NumberFormatException e) {
                        throw row.error("a magnitude's meaning is its factor");
                    }
                }
                case "bound-after" -> after.put(word, comparison(row));
                case "bound-before" -> before.put(word, comparison(row));
                case "past" -> past.add(word);
                case "aim" -> aims.add(word);
                case "base-year" -> baseYearWords.add(word);
                case "table-column" -> tableColumns.add(word);
                case "increment" -> increments.add(word);
                default -> throw row.error("unknown kind '" + row.get("kind") + "'");
            }
        }
        boundsAfter = LongestFirst.map(after);
        boundsBefore = LongestFirst.map(before);
        unitAlternation = alternation(dimensions.keySet());
        magnitudeAlternation = alternation(magnitudes.keySet());
    }

    public static FigureLexicon load(Path lexiconFolder) {
        return new FigureLexicon(lexiconFolder);
    }

    private static Comparison comparison(TsvTable.Row row) {
        return switch (row.get("meaning")) {
            case "at-least" -> Comparison.AT_LEAST;
            case "at-most" -> Comparison.AT_MOST;
            case "approximately" -> Comparison.APPROXIMATELY;
            case "reach" -> Comparison.REACH;
            default -> throw row.error("a bound means at-least, at-most, approximately or reach");
        };
    }

    /** The words as a regex alternation, the longest first, so that 元/人年 is tried before 元. */
    private static String alternation(java.util.Collection<String> words) {
        StringBuilder b = new StringBuilder();
        for (String w : LongestFirst.list(words)) b.append(b.isEmpty() ? "" : "|").append(Pattern.quote(w));
        return b.toString();
    }

    public String unitAlternation() {
        return unitAlternation;
    }

    public String magnitudeAlternation() {
        return magnitudeAlternation;
    }

    public String dimension(String unit) {
        return dimensions.getOrDefault(unit, "");
    }

    /** The unit's JSR 385 symbol ({@link Measures}); a bare magnitude (100万) counts, "one"; empty when it converts to nothing. */
    public String symbol(String unit) {
        if (unit.isEmpty()) return "one";
        return symbols.getOrDefault(unit, "");
    }

    /** Whether the text before a figure in its clause makes it an increase (新增), not a level. */
    public boolean isIncrement(String before) {
        return increments.stream().anyMatch(before::contains);
    }

    public BigDecimal magnitude(String word) {
        return word == null ? BigDecimal.ONE : magnitudes.getOrDefault(word, BigDecimal.ONE);
    }

    /** The bound a figure's following text opens with, or null. */
    public Comparison boundAfter(String following) {
        String f = TextNormaliser.withoutSpaces(following);
        for (var e : boundsAfter.entrySet()) if (f.startsWith(e.getKey())) return e.getValue();
        return null;
    }

    /** The bound the text right before a figure ends with, or null. */
    public Comparison boundBefore(String before) {
        String b = TextNormaliser.withoutTrailingSpaces(before);
        for (var e : boundsBefore.entrySet()) if (b.endsWith(e.getKey())) return e.getValue();
        return null;
    }

    public boolean reportsThePast(String before) {
        return past.stream().anyMatch(before::contains);
    }

    public boolean setsAnAim(String before) {
        return aims.stream().anyMatch(before::contains);
    }

    /** Whether a header cell names a column an indicator table has after its years (属性). */
    public boolean isTrailingColumn(String header) {
        return tableColumns.contains(header);
    }

    /** Whether the text right before a year makes it a base of comparison (较2017年). */
    public boolean isBaseYear(String beforeYear) {
        String b = TextNormaliser.withoutTrailingSpaces(beforeYear);
        return baseYearWords.stream().anyMatch(b::endsWith);
    }
}
