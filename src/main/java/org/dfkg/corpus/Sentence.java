package org.dfkg.corpus;

/**
 * One sentence of a source text. Offsets are UTF-16 indices into the original text
 * ({@code end} exclusive); {@code text} is the original wording and {@code match} its matching
 * copy, with offsets relative to the sentence, that the extractors read. An offset found in the
 * matching copy goes back to the original through {@link #originalStart} and {@link #originalEnd}.
 */
public record Sentence(int index, int start, int end, String text, MatchText match, MarkerKind marker, String markerText) {
    public Sentence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad sentence span " + start + "-" + end);
        }
        if (text.length() != end - start || (match.isAligned() && match.length() != text.length())) {
            throw new IllegalArgumentException("sentence text does not match its span");
        }
    }

    /** A sentence whose matching copy has one character per original character. */
    public Sentence(int index, int start, int end, String text, String matchText, MarkerKind marker, String markerText) {
        this(index, start, end, text, MatchText.aligned(matchText), marker, markerText);
    }

    public String matchText() {
        return match.text();
    }

    /** The offset in {@link #text} where the match span starting at {@code matchOffset} starts. */
    public int originalStart(int matchOffset) {
        return match.originalStart(matchOffset);
    }

    /** The offset in {@link #text} where the match span ending at {@code matchOffset} ends. */
    public int originalEnd(int matchOffset) {
        return match.originalEnd(matchOffset);
    }

    /** The original wording of the match span [from, to). */
    public String original(int from, int to) {
        int s = originalStart(from);
        return to <= from ? "" : text.substring(s, Math.max(s, originalEnd(to)));
    }
}
