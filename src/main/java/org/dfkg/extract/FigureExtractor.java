package org.dfkg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dfkg.text.ChineseNumerals;
import org.dfkg.text.Titles;
import org.dfkg.corpus.Section;
import org.dfkg.corpus.SectionKind;
import org.dfkg.corpus.Sentence;

/**
 * Reads quantitative figures in running text: a number with a magnitude or unit of the lexicon
 * ({@link FigureLexicon}), the bound before or after it (突破, 不少于, 以上, 以内), and its year: a
 * deadline (到2013年底, 至2015年, 到“十二五”末), a month of the document's year (6月底前), the end
 * of the year (年底前), or a span counted from the plan's start (通过5年的努力). A year after 较 or 比
 * is a base of comparison, not a deadline. A figure in a section that describes the situation, or
 * phrased in the past (已, 累计) without an aim (力争), is an observation.
 */
public final class FigureExtractor {
    private static final Pattern NOT_A_FIGURE_AFTER = Pattern.compile("^(年|月|日|号|届|期|季度|级|代|版|G(?!B)|[A-Za-z])");
    private static final Pattern DEFINITION = Pattern.compile("^[^，。；]{1,40}[：:]\\s*(即|是指|指|就是)|简称");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年(?:底|末|前|内)?");
    private static final Pattern FIVE_YEAR_END = Pattern.compile("十([一二三四五六七八九])五[”\"’]?(?:末|期末)");
    private static final Pattern WITHIN_YEAR = Pattern.compile("年内|今年|当年|年底前|年底|年末");
    private static final Pattern MONTH = Pattern.compile("(?<![\\d年])(\\d{1,2}|[一二三四五六七八九十]{1,3})月(?:底|末|份|中旬|上旬|下旬)?(?:前|内)?");
    private static final Pattern SPAN = Pattern.compile("(?:通过|用|经过|力争)\\s*(\\d{1,2}|[一二三四五六七八九十两]{1,3})\\s*年|(\\d{1,2}|[一二三四五六七八九十两]{1,3})\\s*年(?:内|时间)");
    private static final String CLAUSE_BREAK = "，,。；;：:！？";
    /** An item's number at the start of a metric's clause ((一), 1.) is the outline's, not the metric's. */
    private static final Pattern ITEM_MARKER = Pattern.compile("^([（(][一二三四五六七八九十\\d]{1,3}[）)]|\\d{1,2}[.、﹒](?!\\d))\\s*");

    /** The years a document covers, and the year it was issued (a month or 年底 falls in it). */
    public record Context(int periodStart, int periodEnd, int issuedYear) {
        public Context(int periodStart, int periodEnd) {
            this(periodStart, periodEnd, periodStart);
        }
    }

    private final FigureLexicon words;
    private final Pattern figure;

    public FigureExtractor(FigureLexicon words) {
        this.words = words;
        this.figure = Pattern.compile("(?<![\\d.A-Za-z/\\-])(\\d+(?:\\.\\d+)?)\\s*(" + words.magnitudeAlternation() + ")?\\s*(" + words.unitAlternation() + ")?");
    }

    public List<Figure> extract(Sentence sentence, Section section, Context context, String taskKey) {
        List<Figure> figures = new ArrayList<>();
        String text = sentence.matchText();
        // A figure needs a digit (the text is width-folded); most sentences have none.
        if (text.chars().noneMatch(c -> c >= '0' && c <= '9')) return figures;
        if (DEFINITION.matcher(text).find()) return figures;
        boolean descriptive = section.kind() == SectionKind.HEADING && !section.holdsTasks();
        Matcher m = figure.matcher(text);
        String previousUnit = null;
        String previousMagnitude = null;
        while (m.find()) {
            String magnitude = m.group(2);
            String unit = m.group(3);
            int end = m.end();
            // A Latin unit is a whole word: 10G-PON and 5GW are not 10 G and 5 G.
            if (unit != null && isLatin(unit.charAt(unit.length() - 1)) && end < text.length()
                    && (Character.isLetterOrDigit(text.charAt(end)) && text.charAt(end) < 128 || text.charAt(end) == '-')) {
                unit = null;
                end = m.start(3);
            }
            if (magnitude == null && unit == null) continue;
            if (unit == null && NOT_A_FIGURE_AFTER.matcher(text.substring(m.end(2))).find()) continue;
            if (magnitude == null && NOT_A_FIGURE_AFTER.matcher(text.substring(m.end(1)).stripLeading()).find() && !isLatin(unit.charAt(0))) continue;
            if (m.start() > 0 && text.charAt(m.start() - 1) == '第') continue;
            if (Titles.covers(text, m.start()) || insideQuotes(text, m.start())) continue;
            BigDecimal value = new BigDecimal(m.group(1)).multiply(words.magnitude(magnitude)).stripTrailingZeros();
            // "4800万户，其中移动电话用户数达到3900万": a bare magnitude repeats the unit of the figure before it.
            if (unit == null) unit = previousUnit != null && magnitude.equals(previousMagnitude) ? previousUnit : "";
            previousUnit = unit.isEmpty() ? previousUnit : unit;
            previousMagnitude = magnitude;
            int[] clause = clause(text, m.start(), end);
            String before = text.substring(clause[0], m.start());
            Comparison comparison = comparison(before, text.substring(end, clause[1]));
            // A clause that opens with its verb (达到4万亿元以上) takes its subject from the clause before it.
            if (subjectless(before) && clause[0] > 0 && ",，".indexOf(text.charAt(clause[0] - 1)) >= 0) {
                clause[0] = clause(text, clause[0] - 1, clause[0] - 1)[0];
            }
            String metric = ITEM_MARKER.matcher(text.substring(clause[0], clause[1]).strip()).replaceFirst("");
            String upToFigure = text.substring(0, m.start());
            boolean past = descriptive || (words.reportsThePast(before) && !words.setsAnAim(upToFigure));
            Integer stated = statedYear(upToFigure, context);
            FigureKind kind;
            int year;
            if (past || (stated != null && stated < context.periodStart())) {
                kind = FigureKind.OBSERVATION;
                year = stated != null && stated < context.periodStart() ? stated : context.periodStart() - 1;
            } else {
                kind = FigureKind.TARGET;
                year = stated != null ? stated : context.periodEnd();
            }
            while (end > m.start() && Character.isWhitespace(text.charAt(end - 1))) end--;
            figures.add(new Figure(kind, metric, value, unit, words.dimension(unit), comparison, year, stated != null, null,
                    TextSpan.within(sentence, m.start(), end), List.of(), taskKey, null));
        }
        return figures;
    }

    private static boolean isLatin(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** Text before a figure in its clause that is no more than a bound or verb: 达到, 突破, 超过. */
    private boolean subjectless(String before) {
        String b = before.strip();
        if (b.isEmpty()) return true;
        Comparison bound = words.boundBefore(b);
        if (bound == null) return false;
        for (int cut = 1; cut <= b.length(); cut++) {
            if (words.boundBefore(b.substring(b.length() - cut)) != null) return b.length() - cut <= 1;
        }
        return false;
    }

    /** Numbers inside “…” belong to a name (“24小时不打烊”), as those in 《…》 belong to a cited title: not to a figure. */
    private static boolean insideQuotes(String text, int at) {
        return text.lastIndexOf('“', at) > text.lastIndexOf('”', at);
    }

    private static int[] clause(String text, int start, int end) {
        int s = start;
        while (s > 0 && CLAUSE_BREAK.indexOf(text.charAt(s - 1)) < 0) s--;
        int e = end;
        while (e < text.length() && CLAUSE_BREAK.indexOf(text.charAt(e)) < 0) e++;
        return new int[] {s, e};
    }

    Comparison comparison(String before, String after) {
        Comparison c = words.boundAfter(after);
        if (c != null) return c;
        c = words.boundBefore(before);
        return c != null ? c : Comparison.EXACTLY;
    }

    /** The year the text ties a figure to: the last time word before it in its sentence. */
    Integer statedYear(String upToFigure, Context context) {
        Integer found = null;
        int at = -1;
        Matcher d = YEAR.matcher(upToFigure);
        while (d.find()) {
            if (words.isBaseYear(upToFigure.substring(Math.max(0, d.start() - 3), d.start()))) continue;
            found = Integer.parseInt(d.group(1));
            at = d.start();
        }
        Matcher f = FIVE_YEAR_END.matcher(upToFigure);
        while (f.find()) {
            if (f.start() > at) {
                found = ChineseNumerals.fiveYearPlan(f.group(1))[1];
                at = f.start();
            }
        }
        Matcher w = WITHIN_YEAR.matcher(upToFigure);
        while (w.find()) {
            if (w.start() > at) {
                found = context.issuedYear();
                at = w.start();
            }
        }
        Matcher month = MONTH.matcher(upToFigure);
        while (month.find()) {
            if (month.start() > at) {
                found = context.issuedYear();
                at = month.start();
            }
        }
        Matcher span = SPAN.matcher(upToFigure);
        while (span.find()) {
            if (span.start() > at) {
                String n = span.group(1) != null ? span.group(1) : span.group(2);
                try {
                    found = context.periodStart() + ChineseNumerals.parse(n.replace('两', '二')) - 1;
                    at = span.start();
                } catch (NumberFormatException e) {
                    // not a span of years
                }
            }
        }
        return found;
    }
}
