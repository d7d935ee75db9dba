package org.dfkg.corpus;

/**
 * One sentence of a source text. Offsets are UTF-16 indices into the original text
 * ({@code end} exclusive); {@code text} is the original wording and {@code matchText} its
 * normalised form (same length) used by the extractors.
 */
public record Sentence(int index, int start, int end, String text, String matchText, MarkerKind marker, String markerText) {
    public Sentence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad sentence span " + start + "-" + end);
        }
        if (text.length() != end - start || matchText.length() != text.length()) {
            throw new IllegalArgumentException("sentence text does not match its span");
        }
    }
}
