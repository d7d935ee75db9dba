package org.dfkg.corpus;

import org.dfkg.text.ChineseDates;
import org.dfkg.text.ChineseNumerals;
import org.dfkg.text.DocumentNumber;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads title, issuer, dates, document number, jurisdiction and period from a text's front matter,
 * in the layouts real pages have: an issuing notice (its title possibly broken over lines), a
 * portal's header block (发文机关 / 成文日期 / 发文字号), a news wrapper or 摘要 line before the
 * notice, a bare title line, or no front matter at all. What the text itself states wins over a
 * portal's fields; a field the text does not state stays empty rather than guessed.
 */
public final class MetadataExtractor {
    private static final Pattern NOTICE = Pattern.compile("([^\\s，,。：:、“”《》]{2,30}?)关于印发[《“]?(.{2,60}?)[》”]?的通知");
    private static final String DATE = ChineseDates.DATE;
    private static final Pattern DATE_LINE = Pattern.compile("(?m)^\\s*" + DATE + "\\s*$");
    private static final Pattern NUMERIC_DATE = Pattern.compile("^((?:19|20)\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})");
    private static final Pattern DOCUMENT_NUMBER = DocumentNumber.PATTERN;
    private static final Pattern YEAR_IN_BRACKETS = Pattern.compile("[〔\\[［【(（]\\s*(?:19|20)\\d{2}\\s*[〕\\]］】)）]\\s*\\d{1,4}\\s*号");
    private static final Pattern FIVE_YEAR = Pattern.compile("十([一二三四五六七八九])五");
    private static final Pattern YEAR_RANGE = Pattern.compile("((?:19|20)\\d{2})\\s*[-—–～~至到]\\s*((?:19|20)\\d{2})\\s*年");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final Pattern PLANNING_PERIOD = Pattern.compile("规划期(?:限)?为?\\s*((?:19|20)\\d{2})\\s*年?\\s*[-—–～~至到]\\s*((?:19|20)\\d{2})");
    /** "2025年是…之年": a work-points text without a title names its year in its first sentence. */
    private static final Pattern YEAR_IS = Pattern.compile("^\\s*((?:19|20)\\d{2})\\s*年\\s*是");
    private static final Pattern DEADLINE = Pattern.compile("(?:到|至)\\s*((?:19|20)\\d{2})\\s*年");
    /** The notice's own sentence naming the document it issues: 《…》已经省政府同意 / 现将《…》印发. */
    private static final Pattern ISSUED_TITLE = Pattern.compile("《([^《》]{2,80})》\\s*(?:已经|已|印发给)|现将《([^《》]{2,80})》");
    private static final Pattern TERMINAL = Pattern.compile("[。；;！？!?]");
    private static final Pattern LINE_BULLET = Pattern.compile("^[\\s•·●▪◆■\\-*>]+");
    /** Front matter is at the head of a text; a cited document number further down is not this one's. */
    private static final int FRONT_MATTER = 2000;
    /** A plan without years in its title runs to its latest deadline, but not past this many years. */
    private static final int LONGEST_PERIOD = 10;

    private final DocumentLayout layout;
    private final Segment placeSegmenter = HanLP.newSegment().enablePlaceRecognize(true);
    /** Portal field labels, the longest first. */
    private final List<String> portalLabels = new ArrayList<>();

    public MetadataExtractor(DocumentLayout layout) {
        this.layout = layout;
        portalLabels.addAll(layout.portalFields().keySet());
        portalLabels.sort((a, b) -> b.length() - a.length());
    }

    public DocumentMetadata extract(String matchText) {
        String head = matchText.substring(0, Math.min(matchText.length(), FRONT_MATTER));
        List<String> lines = lines(head);
        Map<String, String> portal = portalFields(head);
        String title = null;
        String issuer = null;
        Matcher notice = notice(joinBrokenLines(lines));
        if (notice != null) {
            issuer = notice.group(1);
            title = notice.group(2).replaceAll("^[《“]|[》”]$", "");
        }
        if (title == null && portal.containsKey("title")) title = portal.get("title");
        if (title == null) title = issuedTitle(head);
        if (title == null) title = titleLine(lines);
        if (title == null) title = selfCitedTitle(head, matchText);
        if (issuer == null) issuer = signatory(lines);
        if (issuer == null && portal.containsKey("issuer")) issuer = portal.get("issuer");

        LocalDate issued = signatureDate(head, issuer);
        if (issued == null) issued = date(portal.get("issued"));
        if (issued == null) issued = date(portal.get("dated"));
        String number = documentNumber(head);
        if (number == null && portal.containsKey("number")) number = canonicalNumber(portal.get("number"));
        String jurisdiction = jurisdiction(issuer, title, head);
        LocalDate published = date(portal.get("published"));
        int[] period = period(title, matchText, issued != null ? issued : published);
        return new DocumentMetadata(title, issuer, issued, number, jurisdiction,
                period == null ? null : period[0], period == null ? null : period[1], EnumSet.noneOf(MetadataField.class));
    }

    private static List<String> lines(String head) {
        List<String> out = new ArrayList<>();
        for (String l : head.split("\\R")) {
            String s = LINE_BULLET.matcher(l).replaceFirst("").strip();
            if (!s.isEmpty()) out.add(s);
        }
        return out;
    }

    /** Fields of a portal header block ("发文机关：…", "成文日期：2022-04-28"), the longest label first. */
    private Map<String, String> portalFields(String head) {
        Map<String, String> fields = new HashMap<>();
        // A field is a label right before a colon (or a closing 】): look back from each colon only.
        for (int colon = 0; colon < head.length(); colon++) {
            char c = head.charAt(colon);
            if (c != ':' && c != '：' && c != '】') continue;
            int lineStart = colon == 0 ? 0 : head.lastIndexOf('\n', colon - 1) + 1;
            String before = head.substring(Math.max(lineStart, colon - LONGEST_LABEL_SPAN), colon);
            String label = null;
            int labelStart = -1;
            // The longest label the text before the colon ends with, spaces inside it allowed (标    题).
            for (String candidate : portalLabels) {
                int at = endsWithSpaced(before, candidate);
                if (at >= 0) {
                    label = candidate;
                    labelStart = colon - before.length() + at;
                    break;
                }
            }
            if (label == null) continue;
            String field = layout.portalFields().get(label);
            if (field.equals("ignore")) continue;
            int lineEnd = head.indexOf('\n', colon);
            String value = head.substring(colon + 1, lineEnd < 0 ? head.length() : lineEnd).strip();
            if (field.equals("issued") || field.equals("dated") || field.equals("published")) {
                Matcher d = NUMERIC_DATE.matcher(value);
                if (!d.find()) continue;
                value = d.group(1) + "-" + d.group(2) + "-" + d.group(3);
            } else {
                // A text field is a line of its own in a header block, not a phrase in running text.
                if (!LINE_BULLET.matcher(head.substring(lineStart, labelStart)).replaceFirst("").replace("【", "").isBlank()) continue;
                if (value.isEmpty()) continue;
            }
            fields.putIfAbsent(field, value);
        }
        return fields;
    }

    /** How far before a colon a label (with the spaces a page pads it with) may start. */
    private static final int LONGEST_LABEL_SPAN = 16;

    /**
     * Where in {@code text} a label ends it, with spaces (never line breaks) allowed between and after
     * its characters and a 【 before it; -1 if it does not.
     */
    private static int endsWithSpaced(String text, String label) {
        int i = text.length();
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) i--;
        for (int k = label.length() - 1; k >= 0; k--) {
            if (i == 0 || text.charAt(i - 1) != label.charAt(k)) return -1;
            i--;
            if (k > 0) while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) i--;
        }
        return i;
    }

    /** Lines of a notice's title that a page broke (…关于印发广东省 / 数字政府…2022年 / 工作要点的通知) joined again. */
    private static String joinBrokenLines(List<String> lines) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            b.append(l);
            boolean open = (l.contains("关于") || l.contains("印发")) && !l.contains("的通知") && !TERMINAL.matcher(l).find() && l.length() <= 40;
            if (open && i + 1 < lines.size() && lines.get(i + 1).length() <= 40) {
                // Join up to the line that closes the title.
                while (i + 1 < lines.size() && lines.get(i + 1).length() <= 40 && !b.toString().endsWith("的通知")) {
                    b.append(lines.get(++i));
                    if (lines.get(i).contains("的通知")) break;
                }
            }
            b.append('\n');
        }
        return b.toString();
    }

    private Matcher notice(String text) {
        int at = text.indexOf("关于印发");
        while (at >= 0) {
            Matcher m = NOTICE.matcher(text).region(Math.max(0, at - 30), text.length());
            if (m.find() && m.start() <= at) {
                // A notice quoted in 《》 is another document's, cited.
                boolean quoted = m.start() > 0 && text.charAt(m.start() - 1) == '《';
                if (!quoted && layout.endsLikeIssuer(m.group(1))) return m;
            }
            at = text.indexOf("关于印发", at + 1);
        }
        return null;
    }

    /** The title the notice itself issues: 《2021年数字福建工作要点》已经省政府同意. */
    private static String issuedTitle(String head) {
        Matcher m = ISSUED_TITLE.matcher(head);
        if (!m.find()) return null;
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    /** A line that is a title: it ends with a genre noun and is no sentence; the end of a line after "…" counts too. */
    private String titleLine(List<String> lines) {
        for (String line : lines) {
            for (String candidate : new String[] {line, tailAfterGap(line)}) {
                if (candidate == null) continue;
                String t = TextNormaliser.withoutSpaces(candidate);
                if (t.length() < 4 || t.length() > 70 || TERMINAL.matcher(t).find() || t.contains("印发") || t.contains("《")
                        || t.contains(":") || t.contains("：") || DOCUMENT_NUMBER.matcher(t).lookingAt()) continue;
                // A title may end with its period in brackets: …三年行动方案（2023—2025年）.
                String withoutPeriod = t.replaceFirst("[（(]\\s*(19|20)\\d{2}\\s*[-—–～~至到]\\s*(19|20)\\d{2}\\s*年?\\s*[）)]$", "");
                if (layout.genreOf(withoutPeriod) != null) return t;
            }
        }
        return null;
    }

    private static String tailAfterGap(String line) {
        int cut = Math.max(Math.max(line.lastIndexOf("..."), line.lastIndexOf('…')), line.lastIndexOf(' '));
        if (cut < 0) return null;
        int from = cut + (line.startsWith("...", cut) ? 3 : 1);
        return from < line.length() ? line.substring(from).strip() : null;
    }

    /** A plan that calls itself 本规划 names its title in 《》 before that, as the work it compiles. */
    private String selfCitedTitle(String head, String text) {
        for (String genre : layout.genres()) {
            int self = text.indexOf("本" + genre);
            if (self < 0) continue;
            Matcher m = Pattern.compile("《([^《》]{2,80})》").matcher(head);
            while (m.find() && m.start() < self) {
                if (m.group(1).endsWith(genre)) return m.group(1);
            }
        }
        return null;
    }

    /** The organisation a notice is signed by: an issuer's name on the line right before the signing date. */
    private String signatory(List<String> lines) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            String l = TextNormaliser.withoutSpaces(lines.get(i));
            if (l.length() <= 30 && !TERMINAL.matcher(l).find() && layout.endsLikeIssuer(l) && DATE_LINE.matcher(lines.get(i + 1)).find()) return l;
        }
        return null;
    }

    /** The date the text is signed: a date on a line of its own or right after the issuer. */
    static LocalDate signatureDate(String text, String issuer) {
        Matcher line = DATE_LINE.matcher(text);
        if (line.find()) {
            LocalDate d = date(line.group(1), line.group(2), line.group(3));
            if (d != null) return d;
        }
        if (issuer != null) {
            Matcher signed = Pattern.compile(Pattern.quote(issuer) + "\\s*" + DATE).matcher(text);
            if (signed.find()) return date(signed.group(1), signed.group(2), signed.group(3));
        }
        return null;
    }

    private static LocalDate date(String isoLike) {
        if (isoLike == null) return null;
        String[] p = isoLike.split("-");
        return p.length == 3 ? date(p[0], p[1], p[2]) : null;
    }

    static LocalDate date(String year, String month, String day) {
        return ChineseDates.date(year, month, day);
    }

    /** The first document number that is not a citation of another document (《…》（闽政办〔2017〕34号）). */
    static String documentNumber(String head) {
        // Found from its year in brackets, the rarer part, then read back to the issuer's code: trying
        // the whole pattern at every position of the head was a tenth of reading a text.
        Matcher year = YEAR_IN_BRACKETS.matcher(head);
        while (year.find()) {
            int from = year.start();
            while (from > 0 && Character.isWhitespace(head.charAt(from - 1))) from--;
            int codeStart = from;
            while (codeStart > 0 && from - codeStart < 8 && Character.UnicodeScript.of(head.charAt(codeStart - 1)) == Character.UnicodeScript.HAN) codeStart--;
            if (codeStart == from) continue;
            Matcher m = DOCUMENT_NUMBER.matcher(head).region(codeStart, head.length());
            if (!m.lookingAt()) continue;
            String before = head.substring(Math.max(0, m.start() - 2), m.start());
            // A number right after a cited title is the cited document's (《…》（闽政办〔2017〕34号）).
            if (before.endsWith("》（") || before.endsWith("》(") || before.endsWith("》")) continue;
            return DocumentNumber.of(m).toString();
        }
        return null;
    }

    /** A document number from a portal field, in the one canonical bracket form. */
    private static String canonicalNumber(String value) {
        return DocumentNumber.canonical(value.replaceAll("\\s", ""));
    }

    /**
     * The place named first by the issuer, else by the title ("数字福州"), found with HanLP's place
     * recognition; for a text that states neither, the place its opening names most often.
     */
    String jurisdiction(String issuer, String title, String head) {
        for (String source : new String[] {issuer, title}) {
            if (source == null) continue;
            for (Term t : places(source)) return t.word;
        }
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        for (Term t : places(head)) {
            int n = counts.merge(t.word, 1, Integer::sum);
            if (best == null || n > counts.get(best)) best = t.word;
        }
        return best;
    }

    private List<Term> places(String text) {
        List<Term> terms;
        synchronized (placeSegmenter) {
            terms = placeSegmenter.seg(text);
        }
        List<Term> out = new ArrayList<>();
        for (Term t : terms) if (t.nature != null && t.nature.startsWith("ns") && t.word.length() >= 2) out.add(t);
        return out;
    }

    /**
     * The years a plan covers: from its title (十四五, 2021—2025年, 2022年), its 规划期, the year its
     * first sentence names (2025年是…), else from the year it was issued or published to its
     * latest deadline (到2027年).
     */
    static int[] period(String title, String text, LocalDate dated) {
        if (title != null) {
            Matcher five = FIVE_YEAR.matcher(title);
            if (five.find()) return ChineseNumerals.fiveYearPlan(five.group(1));
            Matcher range = YEAR_RANGE.matcher(title);
            if (range.find()) return new int[] {Integer.parseInt(range.group(1)), Integer.parseInt(range.group(2))};
            Matcher year = YEAR.matcher(title);
            if (year.find()) {
                int y = Integer.parseInt(year.group(1));
                return new int[] {y, y};
            }
        }
        Matcher planning = PLANNING_PERIOD.matcher(text);
        if (planning.find()) return new int[] {Integer.parseInt(planning.group(1)), Integer.parseInt(planning.group(2))};
        if (title == null) {
            Matcher yearIs = YEAR_IS.matcher(text);
            if (yearIs.find()) {
                int y = Integer.parseInt(yearIs.group(1));
                return new int[] {y, y};
            }
        }
        if (dated == null) return null;
        int start = dated.getYear();
        int end = start;
        Matcher deadline = DEADLINE.matcher(text);
        while (deadline.find()) {
            int y = Integer.parseInt(deadline.group(1));
            if (y > end && y <= start + LONGEST_PERIOD) end = y;
        }
        return new int[] {start, end};
    }
}
