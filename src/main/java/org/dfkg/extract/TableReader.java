package org.dfkg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dfkg.corpus.Section;
import org.dfkg.corpus.SectionKind;
import org.dfkg.corpus.Sentence;
import org.dfkg.corpus.TextNormaliser;

/**
 * Reads indicator tables that a web page flattened to one cell per line: a header of year cells
 * (2017年 / 2020年 / 2022年), optionally after 指标 and 单位 cells, then rows of an indicator name
 * followed by one value per year. A name without values is a category (总体规模) and is skipped. The
 * unit is a 单位 cell or sits inside the name (数字经济增加值（亿元）). A column for a year before the
 * plan is the base the targets start from: it becomes each target's baseline, not a figure of its
 * own; in a section that describes the situation every column is an observation.
 */
public final class TableReader {
    private static final Pattern YEAR_CELL = Pattern.compile("^((?:19|20)\\d{2})\\s*年?(?:底|末)?(?:目标值?|基期值?|现状值?|预期值?|实际值?|值)?$");
    private static final Pattern VALUE_CELL = Pattern.compile("^\\d+(?:\\.\\d+)?\\s*%?$");
    private static final Pattern MISSING_CELL = Pattern.compile("^[—\\-–/－]+$");
    private static final Pattern UNIT_IN_NAME = Pattern.compile("[（(]([^（）()]{1,12})[）)]$");
    private static final Pattern UNIT_HEADER = Pattern.compile("^(计量)?单位$");
    /** A cell is short; a longer line is running text, which ends the table. */
    private static final int LONGEST_CELL = 60;

    private final FigureLexicon words;
    private final Pattern unit;

    public TableReader(FigureLexicon words) {
        this.words = words;
        this.unit = Pattern.compile("^(" + words.magnitudeAlternation() + ")?(" + words.unitAlternation() + ")$");
    }

    /**
     * The figures of every flattened table in a document.
     *
     * @param sentences   the document's sentences in order
     * @param sectionOf   the section of a sentence
     * @param taskOf      the task key of a sentence, or null
     */
    public List<Figure> read(List<Sentence> sentences, Function<Sentence, Section> sectionOf, Map<Integer, String> taskOf, FigureExtractor.Context context) {
        List<Figure> figures = new ArrayList<>();
        int i = 0;
        while (i < sentences.size()) {
            List<Integer> years = new ArrayList<>();
            int j = i;
            while (j < sentences.size() && YEAR_CELL.matcher(cell(sentences.get(j))).matches()) {
                Matcher y = YEAR_CELL.matcher(cell(sentences.get(j)));
                if (y.matches()) years.add(Integer.parseInt(y.group(1)));
                j++;
            }
            if (years.size() < 2) {
                i++;
                continue;
            }
            boolean unitColumn = i > 0 && UNIT_HEADER.matcher(cell(sentences.get(i - 1))).matches();
            int trailing = 0;
            while (j < sentences.size() && words.isTrailingColumn(cell(sentences.get(j)))) {
                trailing++;
                j++;
            }
            i = readRows(sentences, j, years, unitColumn, trailing, sectionOf, taskOf, context, figures);
        }
        return figures;
    }

    private int readRows(List<Sentence> sentences, int from, List<Integer> years, boolean unitColumn, int trailing, Function<Sentence, Section> sectionOf,
                         Map<Integer, String> taskOf, FigureExtractor.Context context, List<Figure> figures) {
        int k = from;
        int width = years.size() + (unitColumn ? 1 : 0);
        while (k < sentences.size()) {
            String name = cell(sentences.get(k));
            if (name.isEmpty()) {
                k++;
                continue;
            }
            if (name.length() > LONGEST_CELL || isValue(name)) break;
            List<Sentence> cells = new ArrayList<>();
            int c = k + 1;
            while (c < sentences.size() && cells.size() < width) {
                String v = cell(sentences.get(c));
                if (v.isEmpty()) {
                    c++;
                    continue;
                }
                if (!isValue(v) && !(unitColumn && cells.isEmpty())) break;
                cells.add(sentences.get(c));
                c++;
            }
            if (cells.isEmpty()) {
                k++; // a category, or a name cut off by the end of the page
                continue;
            }
            if (cells.size() < width) break;
            row(sentences.get(k), cells, years, unitColumn, sectionOf, taskOf, context, figures);
            k = c;
            // Cells after the values (属性: 预期性) belong to the row.
            for (int t = 0; t < trailing && k < sentences.size(); t++) {
                while (k < sentences.size() && cell(sentences.get(k)).isEmpty()) k++;
                if (k < sentences.size() && !isValue(cell(sentences.get(k))) && cell(sentences.get(k)).length() <= 8) k++;
            }
        }
        return Math.max(k, from);
    }

    private void row(Sentence nameCell, List<Sentence> cells, List<Integer> years, boolean unitColumn, Function<Sentence, Section> sectionOf,
                     Map<Integer, String> taskOf, FigureExtractor.Context context, List<Figure> figures) {
        String name = cell(nameCell);
        String unitText = "";
        if (unitColumn) {
            unitText = cell(cells.getFirst());
            cells = cells.subList(1, cells.size());
        } else {
            Matcher inName = UNIT_IN_NAME.matcher(name);
            if (inName.find()) unitText = TextNormaliser.withoutSpaces(inName.group(1));
        }
        Matcher u = unit.matcher(unitText);
        String magnitude = u.matches() ? u.group(1) : null;
        String unitWord = u.matches() ? u.group(2) : "";
        boolean descriptive = sectionOf.apply(nameCell).kind() == SectionKind.HEADING && !sectionOf.apply(nameCell).holdsTasks();
        Figure.Baseline baseline = null;
        List<Figure> row = new ArrayList<>();
        for (int col = 0; col < years.size(); col++) {
            Sentence cell = cells.get(col);
            String v = cell(cell).replace("%", "").strip();
            if (MISSING_CELL.matcher(v).matches()) continue;
            BigDecimal value = new BigDecimal(v).multiply(words.magnitude(magnitude)).stripTrailingZeros();
            int year = years.get(col);
            TextSpan evidence = TextSpan.within(cell, 0, cell.matchText().length());
            if (descriptive || year < context.periodStart()) {
                if (!descriptive) {
                    baseline = new Figure.Baseline(value, year, evidence);
                    continue;
                }
                row.add(figure(FigureKind.OBSERVATION, name, value, unitWord, year, null, evidence, taskOf.get(cell.index())));
            } else {
                row.add(figure(FigureKind.TARGET, name, value, unitWord, year, null, evidence, taskOf.get(cell.index())));
            }
        }
        for (Figure f : row) {
            figures.add(f.kind() == FigureKind.TARGET && baseline != null
                    ? figure(f.kind(), f.metric(), f.value(), f.unit(), f.year(), baseline, f.evidence(), f.taskKey()) : f);
        }
    }

    private Figure figure(FigureKind kind, String name, BigDecimal value, String unitWord, int year, Figure.Baseline baseline, TextSpan evidence, String taskKey) {
        return new Figure(kind, name, value, unitWord, words.dimension(unitWord), Comparison.EXACTLY, year, true, baseline, evidence, List.of(), taskKey, null);
    }

    /** A cell's text: the matching copy without spaces (scraped cells break words: 数字 产业 化). */
    private static String cell(Sentence s) {
        return TextNormaliser.withoutSpaces(s.matchText());
    }

    private static boolean isValue(String cell) {
        return VALUE_CELL.matcher(cell).matches() || MISSING_CELL.matcher(cell).matches();
    }
}
