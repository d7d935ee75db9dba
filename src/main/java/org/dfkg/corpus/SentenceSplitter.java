package org.dfkg.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a text into sentences: after 。！？；, at line breaks, and before an outline marker
 * that follows the end of a sentence or a closing bracket (scraped texts often run a heading
 * straight on after the previous item). Each sentence is tagged with the marker it opens with.
 */
public final class SentenceSplitter {
    private static final String CN_DIGITS = "一二三四五六七八九十";
    static final Pattern CHAPTER = Pattern.compile("^第[" + CN_DIGITS + "百零〇\\d]{1,4}[章篇]");
    static final Pattern CHINESE_NUMBERED = Pattern.compile("^[" + CN_DIGITS + "]{1,3}(、|\\s*[\\r\\n]\\s*)");
    /** A chapter numeral on a line of its own, whose heading is the next line. */
    private static final Pattern LONE_NUMERAL = Pattern.compile("[" + CN_DIGITS + "]{1,3}");
    static final Pattern CHINESE_PARENTHESISED = Pattern.compile("^[（(][" + CN_DIGITS + "]{1,3}[）)]");
    static final Pattern ARABIC_NUMBERED = Pattern.compile("^\\d{1,2}[.．、﹒](?![\\d%])");
    static final Pattern ARABIC_PARENTHESISED = Pattern.compile("^[（(]\\d{1,2}[）)]");
    static final Pattern BOX = Pattern.compile("^专栏[" + CN_DIGITS + "\\d]{0,3}[：:]?");

    private record OpeningMarker(Pattern pattern, MarkerKind kind) {}

    /** Tried in order: a chapter or box before the bare numbers that could also open one. */
    private static final List<OpeningMarker> OPENING_MARKERS = List.of(
            new OpeningMarker(CHAPTER, MarkerKind.CHAPTER),
            new OpeningMarker(BOX, MarkerKind.BOX),
            new OpeningMarker(CHINESE_NUMBERED, MarkerKind.CHINESE_NUMBERED),
            new OpeningMarker(CHINESE_PARENTHESISED, MarkerKind.CHINESE_PARENTHESISED),
            new OpeningMarker(ARABIC_PARENTHESISED, MarkerKind.ARABIC_PARENTHESISED),
            new OpeningMarker(ARABIC_NUMBERED, MarkerKind.ARABIC_NUMBERED));

    /** Where a marker may start inside a line. */
    private static final Pattern INLINE_MARKER = Pattern.compile(
            "第[" + CN_DIGITS + "]{1,3}章|[" + CN_DIGITS + "]{1,3}、|[（(][" + CN_DIGITS + "]{1,3}[）)]|专栏[" + CN_DIGITS + "]{1,3}[：:]|\\d{1,2}[.．](?![\\d%])");
    private static final String SENTENCE_END = "。！？；!?;";
    private static final String CLOSERS = "”’」』)）]］】";

    private SentenceSplitter() {}

    public static List<Sentence> split(String original, MatchText match) {
        return split(original, match, content -> false);
    }

    /**
     * @param opensClause whether the text after an opening bracket opens a responsibility clause,
     *                    inside which a full stop ends a note, not the sentence
     */
    public static List<Sentence> split(String original, MatchText match, java.util.function.Predicate<String> opensClause) {
        String matchText = match.text();
        List<int[]> spans = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i <= matchText.length(); i++) {
            if (i == matchText.length() || matchText.charAt(i) == '\n' || matchText.charAt(i) == '\r') {
                splitLine(matchText, lineStart, i, spans, opensClause);
                lineStart = i + 1;
            }
        }
        List<Sentence> sentences = new ArrayList<>(spans.size());
        for (int k = 0; k < spans.size(); k++) {
            int s = spans.get(k)[0];
            int e = spans.get(k)[1];
            while (s < e && Character.isWhitespace(matchText.charAt(s))) s++;
            while (e > s && Character.isWhitespace(matchText.charAt(e - 1))) e--;
            if (s == e) continue;
            // A heading numeral alone on its line ("二") numbers the line after it.
            if (LONE_NUMERAL.matcher(matchText.substring(s, e)).matches()) {
                int next = k + 1;
                while (next < spans.size() && matchText.substring(spans.get(next)[0], spans.get(next)[1]).isBlank()) next++;
                if (next < spans.size()) {
                    e = spans.get(next)[1];
                    while (e > s && Character.isWhitespace(matchText.charAt(e - 1))) e--;
                    k = next;
                }
            }
            String sentenceMatch = matchText.substring(s, e);
            MarkerKind kind = MarkerKind.NONE;
            String markerText = "";
            for (OpeningMarker candidate : OPENING_MARKERS) {
                // Every opening marker is anchored at the start: lookingAt, not a search along the sentence.
                Matcher m = candidate.pattern().matcher(sentenceMatch);
                if (m.lookingAt()) {
                    kind = candidate.kind();
                    markerText = m.group();
                    break;
                }
            }
            int originalStart = match.originalStart(s);
            int originalEnd = match.originalEnd(e);
            sentences.add(new Sentence(sentences.size(), originalStart, originalEnd, original.substring(originalStart, originalEnd),
                    match.slice(s, e, originalStart), kind, markerText));
        }
        return sentences;
    }

    /**
     * The inline markers of one line, in the order and with the extent that {@code find} gives, but
     * trying the pattern only where a marker can begin: searching with the whole alternation at
     * every character was a tenth of extraction's time.
     */
    private static final class InlineMarkers {
        private final String text;
        private final int to;
        private final Matcher matcher;
        private int from;

        InlineMarkers(String text, int from, int to) {
            this.text = text;
            this.from = from;
            this.to = to;
            this.matcher = INLINE_MARKER.matcher(text);
        }

        /** The start of the next marker after the previous one's end, or -1. */
        int next() {
            for (int i = from; i < to; i++) {
                if (MARKER_STARTS.indexOf(text.charAt(i)) < 0 && !(text.charAt(i) >= '0' && text.charAt(i) <= '9')) continue;
                matcher.region(i, to);
                if (matcher.lookingAt()) {
                    // An empty match cannot happen (every branch needs a character), so this always advances.
                    from = matcher.end();
                    return i;
                }
            }
            from = to;
            return -1;
        }
    }

    /** The characters an inline marker can begin with (besides ASCII digits). */
    private static final String MARKER_STARTS = "第" + CN_DIGITS + "（(专";

    private static void splitLine(String text, int from, int to, List<int[]> spans, java.util.function.Predicate<String> opensClause) {
        int start = from;
        InlineMarkers marker = new InlineMarkers(text, from, to);
        int nextMarker = marker.next();
        int depth = 0;
        int openedAt = -1;
        for (int i = from; i < to; i++) {
            if (i == nextMarker) {
                if (i > start && (followsBoundary(text, start, i) || opensWithHeadingMarker(text, start, i))) {
                    spans.add(new int[] {start, i});
                    start = i;
                }
                nextMarker = marker.next();
            }
            char c = text.charAt(i);
            if (RoleWords.isOpening(c)) {
                if (depth++ == 0) openedAt = i;
            } else if (RoleWords.isClosing(c)) {
                depth = Math.max(0, depth - 1);
            }
            // A bracket left open for longer than a clause can be was never closed.
            if (depth > 0 && i - openedAt > RoleWords.MAX_CLAUSE) depth = 0;
            // A semicolon inside brackets separates the groups of a clause (牵头单位：A；配合单位：B), not sentences.
            boolean groupSeparator = (depth > 0 && (c == '；' || c == ';' || (c == '。' && opensClause.test(text.substring(openedAt + 1, i)))))
                    // 牵头单位：A；配合单位：B on a line of its own is one clause.
                    || (depth == 0 && (c == '；' || c == ';') && opensClause.test(text.substring(start, i).strip()));
            if (SENTENCE_END.indexOf(c) >= 0 && !groupSeparator) {
                int end = i + 1;
                while (end < to && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                    if (RoleWords.isClosing(text.charAt(end))) depth = Math.max(0, depth - 1);
                    end++;
                }
                spans.add(new int[] {start, end});
                start = end;
                i = end - 1;
                while (nextMarker >= 0 && nextMarker < start) {
                    nextMarker = marker.next();
                }
            }
        }
        if (start < to) spans.add(new int[] {start, to});
    }

    /** Scraped texts run a heading (一、…) straight into its first item (（一）…) with no stop between them. */
    private static boolean opensWithHeadingMarker(String text, int start, int i) {
        String segment = text.substring(start, i).stripLeading();
        return (CHAPTER.matcher(segment).find() || CHINESE_NUMBERED.matcher(segment).find())
                && CHINESE_PARENTHESISED.matcher(text.substring(i)).find();
    }

    /** A marker starts a new sentence only after a sentence end, a closing bracket or a colon. */
    private static boolean followsBoundary(String text, int start, int i) {
        int j = i - 1;
        while (j >= start && Character.isWhitespace(text.charAt(j))) j--;
        if (j < start) return true;
        char p = text.charAt(j);
        return SENTENCE_END.indexOf(p) >= 0 || CLOSERS.indexOf(p) >= 0 || p == '：' || p == ':';
    }
}
