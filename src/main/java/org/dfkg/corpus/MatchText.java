package org.dfkg.corpus;

/**
 * The matching copy of a text with, for each of its characters, the span of the original text it
 * was made from. Folding keeps most characters one for one, but dropping a pinyin gloss
 * (數(shù)字 → 数字) or folding a Taiwan term (軟體 → 软件) changes the length; provenance must still
 * point into the original text, so every extractor maps its offsets back through this copy.
 * {@code starts} and {@code ends} are null when every character maps to itself.
 */
public final class MatchText {
    private final String text;
    private final int originalLength;
    private final int[] starts;
    private final int[] ends;

    private MatchText(String text, int originalLength, int[] starts, int[] ends) {
        this.text = text;
        this.originalLength = originalLength;
        this.starts = starts;
        this.ends = ends;
    }

    /** A copy of the same length whose character i was made from original character i. */
    public static MatchText aligned(String text) {
        return new MatchText(text, text.length(), null, null);
    }

    /** @param starts, ends for each character of {@code text}, the original span [start, end) it was made from */
    static MatchText mapped(String text, int originalLength, int[] starts, int[] ends) {
        if (starts.length != text.length() || ends.length != text.length()) throw new IllegalArgumentException("one span per character");
        boolean identity = text.length() == originalLength;
        for (int i = 0; identity && i < starts.length; i++) identity = starts[i] == i && ends[i] == i + 1;
        return identity ? aligned(text) : new MatchText(text, originalLength, starts, ends);
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public boolean isAligned() {
        return starts == null;
    }

    /** Where the span that starts at match offset {@code i} starts in the original. */
    public int originalStart(int i) {
        if (starts == null) return i;
        return i >= starts.length ? originalLength : starts[i];
    }

    /** Where the span that ends (exclusive) at match offset {@code i} ends in the original. */
    public int originalEnd(int i) {
        if (ends == null) return i;
        return i <= 0 ? originalStart(0) : ends[i - 1];
    }

    /** The match offset of the first character made from original offset {@code original} or later. */
    public int matchOffset(int original) {
        if (starts == null) return original;
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= original) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** The part of this copy between two match offsets, as a copy of its own with offsets relative to its start. */
    public MatchText slice(int from, int to, int originalFrom) {
        String part = text.substring(from, to);
        if (starts == null) return aligned(part);
        int[] s = new int[to - from];
        int[] e = new int[to - from];
        for (int i = from; i < to; i++) {
            s[i - from] = starts[i] - originalFrom;
            e[i - from] = ends[i] - originalFrom;
        }
        int originalTo = originalEnd(to);
        return mapped(part, originalTo - originalFrom, s, e);
    }
}
