package org.dfkg.corpus;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads title, issuer, dates, document number, jurisdiction and period from a text's front matter. */
public final class MetadataExtractor {
    private static final Pattern NOTICE = Pattern.compile("([^\\s，。：:、“”]{2,30}?)关于印发[《“]?(.{2,60}?)[》”]?的通知");
    private static final String DATE = "([12]\\d{3}|[〇○零一二三四五六七八九]{4})年(\\d{1,2}|[一二三四五六七八九十]{1,3})月(\\d{1,2}|[一二三四五六七八九十]{1,3})日";
    private static final Pattern DATE_LINE = Pattern.compile("(?m)^\\s*" + DATE + "\\s*$");
    private static final Pattern PUBLISHED = Pattern.compile("发布日期\\s*[:：]\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("([\\p{IsHan}]{1,8})\\s*[〔\\[［【]\\s*(\\d{4})\\s*[〕\\]］】]\\s*(\\d{1,4})\\s*号");
    private static final Pattern FIVE_YEAR = Pattern.compile("十([一二三四五六七八九])五");
    private static final Pattern YEAR_RANGE = Pattern.compile("((?:19|20)\\d{2})\\s*[-—–～~至到]\\s*((?:19|20)\\d{2})\\s*年");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final Pattern PLANNING_PERIOD = Pattern.compile("规划期为?\\s*((?:19|20)\\d{2})\\s*[-—–～~至到]\\s*((?:19|20)\\d{2})");
    /** Front matter is at the head of a text; a cited document number further down is not this one's. */
    private static final int FRONT_MATTER = 2000;

    private final Segment placeSegmenter = HanLP.newSegment().enablePlaceRecognize(true);

    public DocumentMetadata extract(String matchText) {
        String head = matchText.substring(0, Math.min(matchText.length(), FRONT_MATTER));
        String title = null;
        String issuer = null;
        // The notice pattern tries up to 30 characters before 关于印发 at every position: start it just before the first 关于印发.
        int noticeAt = head.indexOf("关于印发");
        Matcher notice = NOTICE.matcher(head).region(Math.max(0, noticeAt - 30), head.length());
        if (noticeAt >= 0 && notice.find()) {
            issuer = notice.group(1);
            title = notice.group(2).replaceAll("^[《“]|[》”]$", "");
        }
        String firstLine = head.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        if (title == null && firstLine.length() <= 60 && !firstLine.matches(".*[。；！？].*")) {
            title = firstLine;
        }
        LocalDate issued = signatureDate(matchText, issuer);
        String number = documentNumber(head);
        String jurisdiction = jurisdiction(issuer, title);
        int[] period = period(title, matchText, issued);
        return new DocumentMetadata(title, issuer, issued, number, jurisdiction,
                period == null ? null : period[0], period == null ? null : period[1], EnumSet.noneOf(MetadataField.class));
    }

    /** The date the text is signed: a date on a line of its own or right after the issuer, else the web page's 发布日期. */
    static LocalDate signatureDate(String text, String issuer) {
        Matcher line = DATE_LINE.matcher(text);
        if (line.find()) {
            LocalDate d = date(line.group(1), line.group(2), line.group(3));
            if (d != null) return d;
        }
        if (issuer != null) {
            Matcher signed = Pattern.compile(Pattern.quote(issuer) + "\\s*" + DATE).matcher(text);
            if (signed.find()) {
                LocalDate d = date(signed.group(1), signed.group(2), signed.group(3));
                if (d != null) return d;
            }
        }
        Matcher published = PUBLISHED.matcher(text);
        if (published.find()) {
            return date(published.group(1), published.group(2), published.group(3));
        }
        return null;
    }

    static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(ChineseNumerals.parse(year), ChineseNumerals.parse(month), ChineseNumerals.parse(day));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    /** The first document number that is not a citation of another document (《…》（闽政办〔2017〕34号）). */
    static String documentNumber(String head) {
        // A number needs a bracket, with at most eight Han characters and some spaces before it: start
        // the search there rather than trying those eight characters at every position of the head.
        int bracket = -1;
        for (int i = 0; i < head.length() && bracket < 0; i++) if ("〔[［【".indexOf(head.charAt(i)) >= 0) bracket = i;
        if (bracket < 0) return null;
        int from = bracket;
        while (from > 0 && Character.isWhitespace(head.charAt(from - 1))) from--;
        Matcher m = DOCUMENT_NUMBER.matcher(head).region(Math.max(0, from - 8), head.length());
        while (m.find()) {
            String before = head.substring(Math.max(0, m.start() - 2), m.start());
            if (before.endsWith("》（") || before.endsWith("》(") || before.endsWith("》")) continue;
            return m.group(1) + "〔" + m.group(2) + "〕" + m.group(3) + "号";
        }
        return null;
    }

    /** The place named first by the issuer, else by the title ("数字福州"), found with HanLP's place recognition. */
    String jurisdiction(String issuer, String title) {
        for (String source : new String[] {issuer, title}) {
            if (source == null) continue;
            List<Term> terms;
            synchronized (placeSegmenter) {
                terms = placeSegmenter.seg(source);
            }
            for (Term t : terms) {
                if (t.nature != null && t.nature.startsWith("ns")) return t.word;
            }
        }
        return null;
    }

    static int[] period(String title, String text, LocalDate issued) {
        if (title != null) {
            Matcher five = FIVE_YEAR.matcher(title);
            if (five.find()) {
                return ChineseNumerals.fiveYearPlan(five.group(1));
            }
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
        if (issued != null) return new int[] {issued.getYear(), issued.getYear()};
        return null;
    }
}
