package org.dfkg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dfkg.corpus.ChineseNumerals;
import org.dfkg.corpus.Section;
import org.dfkg.corpus.SectionKind;
import org.dfkg.corpus.Sentence;

/**
 * Reads quantitative figures: a number with a unit or magnitude, the comparison before or after it
 * (达到, 超过, 以上, 左右, 不少于, 提高到) and the deadline (到2013年底, 至2015年, 年内, 到“十二五”末).
 * A figure in a section that describes the situation, or phrased in the past, is an observation.
 */
public final class FigureExtractor {
    private static final String UNITS = "部/百人|个百分点|次/秒|平方公里|公里|千米|人次|Mbps|Gbps|TB|PB|GB|%|‰|户|个|所|家|项|人|元|部|条|套|台|座|张|件|M|兆|倍|次|种|类|批|场|处";
    private static final Pattern FIGURE = Pattern.compile(
            "(?<![\\d.A-Za-z/\\-])(\\d+(?:\\.\\d+)?)\\s*(万亿|亿|万|千)?\\s*(" + UNITS + ")?");
    /** What may not follow a number that is a figure: dates, ordinals, generations (3G), names. */
    private static final Pattern NOT_A_FIGURE_AFTER = Pattern.compile("^(年|月|日|号|届|期|季度|级|代|版|G(?!B)|[A-Za-z])");
    private static final Pattern DEFINITION = Pattern.compile("^[^，。；]{1,40}[：:]\\s*(即|是指|指|就是)|简称");
    private static final Pattern PAST = Pattern.compile("已经|已|累计|截至|截止|比上年|同比|增长了|提高了|降低了|提升了|达到了");
    private static final Pattern DEADLINE = Pattern.compile("(?:到|至|截至|截止到?|在)?\\s*((?:19|20)\\d{2})\\s*年(?:底|末|前)?");
    private static final Pattern FIVE_YEAR_END = Pattern.compile("十([一二三四五六七八九])五[”\"’]?(?:末|期末)");
    private static final Pattern WITHIN_YEAR = Pattern.compile("年内|今年|当年|年底前");
    private static final String CLAUSE_BREAK = "，,。；;：:！？";

    public record Context(int periodStart, int periodEnd) {}

    public List<Figure> extract(Sentence sentence, Section section, Context context, String taskKey) {
        List<Figure> figures = new ArrayList<>();
        String text = sentence.matchText();
        // A figure needs a digit (the text is width-folded); most sentences have none.
        if (text.chars().noneMatch(c -> c >= '0' && c <= '9')) return figures;
        if (DEFINITION.matcher(text).find()) return figures;
        boolean descriptive = section.kind() == SectionKind.HEADING && !section.holdsTasks();
        Matcher m = FIGURE.matcher(text);
        String previousUnit = null;
        String previousMagnitude = null;
        while (m.find()) {
            String magnitude = m.group(2);
            String unit = m.group(3);
            String after = text.substring(m.end(1));
            if (magnitude == null && unit == null) continue;
            if (magnitude == null && NOT_A_FIGURE_AFTER.matcher(after.stripLeading()).find()) continue;
            if (unit == null && magnitude != null && NOT_A_FIGURE_AFTER.matcher(text.substring(m.end(2))).find()) continue;
            if (m.start() > 0 && text.charAt(m.start() - 1) == '第') continue;
            if (insideTitle(text, m.start())) continue;
            BigDecimal value = new BigDecimal(m.group(1)).multiply(QuantityParser.magnitude(magnitude)).stripTrailingZeros();
            // "4800万户，其中移动电话用户数达到3900万": a bare magnitude repeats the unit of the figure before it.
            if (unit == null) unit = previousUnit != null && magnitude.equals(previousMagnitude) ? previousUnit : "";
            previousUnit = unit.isEmpty() ? previousUnit : unit;
            previousMagnitude = magnitude;
            int[] clause = clause(text, m.start(), m.end());
            String metric = text.substring(clause[0], clause[1]).strip();
            String before = text.substring(clause[0], m.start());
            String following = text.substring(m.end(), clause[1]);
            Comparison comparison = comparison(before, following);
            String upToFigure = text.substring(0, m.start());
            boolean past = descriptive || PAST.matcher(before).find();
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
            int end = m.end();
            while (end > m.start() && Character.isWhitespace(text.charAt(end - 1))) end--;
            figures.add(new Figure(kind, metric, value, unit, comparison, year, stated != null,
                    TextSpan.within(sentence, m.start(), end), taskKey));
        }
        return figures;
    }

    /** Numbers inside 《…》 belong to a cited title, not to a figure. */
    private static boolean insideTitle(String text, int at) {
        int open = text.lastIndexOf('《', at);
        int close = text.lastIndexOf('》', at);
        return open > close;
    }

    private static int[] clause(String text, int start, int end) {
        int s = start;
        while (s > 0 && CLAUSE_BREAK.indexOf(text.charAt(s - 1)) < 0) s--;
        int e = end;
        while (e < text.length() && CLAUSE_BREAK.indexOf(text.charAt(e)) < 0) e++;
        return new int[] {s, e};
    }

    static Comparison comparison(String before, String after) {
        String a = after.stripLeading();
        if (a.startsWith("以上") || a.startsWith("及以上")) return Comparison.AT_LEAST;
        if (a.startsWith("左右")) return Comparison.APPROXIMATELY;
        if (a.startsWith("以下") || a.startsWith("以内")) return Comparison.AT_MOST;
        String b = before.length() > 8 ? before.substring(before.length() - 8) : before;
        if (b.matches(".*(不超过|控制在)\\s*$")) return Comparison.AT_MOST;
        if (b.matches(".*(超过|超|突破|不少于|不低于|大于|至少)\\s*$")) return Comparison.AT_LEAST;
        if (b.matches(".*(约|大约|近|将近|接近)\\s*$")) return Comparison.APPROXIMATELY;
        if (b.matches(".*(达到|达|提高到|提升到|增至|增加到|扩大到|实现)\\s*$")) return Comparison.REACH;
        return Comparison.EXACTLY;
    }

    /** The year the text ties this figure to, looking back from the figure within its sentence. */
    static Integer statedYear(String upToFigure, Context context) {
        Integer found = null;
        Matcher d = DEADLINE.matcher(upToFigure);
        int at = -1;
        while (d.find()) {
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
                found = context.periodEnd();
                at = w.start();
            }
        }
        return found;
    }
}
