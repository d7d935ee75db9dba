package org.dfkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dfkg.text.DocumentNumber;
import org.dfkg.text.Titles;
import org.dfkg.corpus.Sentence;

/**
 * Reads titles in 《…》 as cited documents. Skipped: the citing document's own title (notices
 * repeat it: 现将《…》印发给你们) and bare anaphors such as 《规划》 or 《意见》, which point back
 * to a title given earlier. Stateless and thread-safe.
 */
public final class CitationReader {
    /** A cited work's title has at least 2 and at most 80 characters. */
    private static final int MIN_TITLE = 2;
    private static final int MAX_TITLE = 80;
    /** 文号 right after the title: （闽政办〔2017〕34号）. */
    private static final Pattern NUMBER_AFTER = Pattern.compile("^\\s*[（(]\\s*(" + DocumentNumber.PATTERN.pattern() + ")\\s*[）)]");
    private static final Pattern IMPLEMENTS_BEFORE = Pattern.compile("(贯彻落实|贯彻|落实|根据|按照|依据)[^，。；]{0,6}$");
    private static final Pattern ANAPHOR = Pattern.compile("^(本)?(规划|意见|通知|办法|条例|方案|纲要|决定|要点|计划|细则|建议)$");

    public List<Citation> read(Sentence sentence, String ownTitle, String taskKey) {
        List<Citation> out = new ArrayList<>();
        String text = sentence.matchText();
        // Most sentences cite nothing: no 《, no work to read, and no own title to normalise.
        if (text.indexOf('《') < 0) return out;
        String own = ownTitle == null ? null : Titles.key(ownTitle);
        Matcher m = Titles.matcher(text);
        while (m.find()) {
            if (m.group(1).length() < MIN_TITLE || m.group(1).length() > MAX_TITLE) continue;
            String key = Titles.key(m.group(1));
            if (ANAPHOR.matcher(key).matches() || key.equals(own)) continue;
            Matcher number = NUMBER_AFTER.matcher(text.substring(m.end()));
            String documentNumber = number.find() ? DocumentNumber.canonical(number.group(1)) : null;
            boolean implemented = IMPLEMENTS_BEFORE.matcher(text.substring(0, m.start())).find();
            out.add(new Citation(Titles.form(m.group(1)), sentence.original(m.start(1), m.end(1)), key, documentNumber, implemented,
                    TextSpan.within(sentence, m.start(), m.end()), taskKey));
        }
        return out;
    }
}
