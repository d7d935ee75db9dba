package org.dfkg.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dfkg.corpus.DocumentNumber;
import org.dfkg.corpus.Sentence;

/**
 * Reads titles in 《…》 as cited documents. Skipped: the citing document's own title (notices
 * repeat it: 现将《…》印发给你们) and bare anaphors such as 《规划》 or 《意见》, which point back
 * to a title given earlier. Stateless and thread-safe.
 */
public final class CitationReader {
    private static final Pattern TITLE = Pattern.compile("《([^《》]{2,80})》");
    /** 文号 right after the title: （闽政办〔2017〕34号）. */
    private static final Pattern NUMBER_AFTER = Pattern.compile("^\\s*[（(]\\s*([\\p{IsHan}]{1,8}[〔\\[［(（]\\s*(?:19|20)\\d{2}\\s*[〕\\]］)）]\\s*\\d{1,4}\\s*号)\\s*[）)]");
    private static final Pattern IMPLEMENTS_BEFORE = Pattern.compile("(贯彻落实|贯彻|落实|根据|按照|依据)[^，。；]{0,6}$");
    private static final Pattern ANAPHOR = Pattern.compile("^(本)?(规划|意见|通知|办法|条例|方案|纲要|决定|要点|计划|细则|建议)$");

    /** The normalised title that identifies a work: NFKC, no white space, no quotation marks or middle dots. */
    private static final Pattern TITLE_NOISE = Pattern.compile("[\\s\"'“”‘’「」『』·•・]");

    /**
     * The one form of a title that names a cited work: NFKC, runs of spaces as one, and every kind of
     * double quotation mark ("…", 「…」, “…”) as “…”. Two texts that cite one work, in either script or
     * either kind of quotes, give it this same title.
     */
    public static String titleForm(String title) {
        String t = Normalizer.normalize(title, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
        StringBuilder b = new StringBuilder(t.length());
        boolean open = true;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '"' || c == '＂' || c == '〝' || c == '〞') {
                b.append(open ? '“' : '”');
                open = !open;
            } else if (c == '「' || c == '“') {
                b.append('“');
                open = false;
            } else if (c == '」' || c == '”') {
                b.append('”');
                open = true;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    public static String normaliseTitle(String title) {
        String t = Normalizer.normalize(title, Normalizer.Form.NFKC);
        return TITLE_NOISE.matcher(t).replaceAll("");
    }

    public List<Citation> read(Sentence sentence, String ownTitle, String taskKey) {
        List<Citation> out = new ArrayList<>();
        String text = sentence.matchText();
        // Most sentences cite nothing: no 《, no work to read, and no own title to normalise.
        if (text.indexOf('《') < 0) return out;
        String own = ownTitle == null ? null : normaliseTitle(ownTitle);
        Matcher m = TITLE.matcher(text);
        while (m.find()) {
            String key = normaliseTitle(m.group(1));
            if (ANAPHOR.matcher(key).matches() || key.equals(own)) continue;
            Matcher number = NUMBER_AFTER.matcher(text.substring(m.end()));
            String documentNumber = number.find() ? DocumentNumber.canonical(number.group(1)) : null;
            boolean implemented = IMPLEMENTS_BEFORE.matcher(text.substring(0, m.start())).find();
            out.add(new Citation(titleForm(m.group(1)), sentence.original(m.start(1), m.end(1)), key, documentNumber, implemented,
                    TextSpan.within(sentence, m.start(), m.end()), taskKey));
        }
        return out;
    }
}
