package org.dfkg.extract;

import org.dfkg.corpus.Sentence;

/** Where a fact was read: a span of the original text (UTF-16 offsets, end exclusive) and its sentence. */
public record TextSpan(int start, int end, String text, Sentence sentence) {
    public TextSpan {
        if (start < sentence.start() || end > sentence.end() || end < start) {
            throw new IllegalArgumentException("span " + start + "-" + end + " lies outside its sentence " + sentence.start() + "-" + sentence.end());
        }
    }

    /** The original span of the match span [relativeStart, relativeEnd) of a sentence's matching copy. */
    public static TextSpan within(Sentence sentence, int relativeStart, int relativeEnd) {
        int s = sentence.originalStart(relativeStart);
        int e = relativeEnd <= relativeStart ? s : Math.max(s, sentence.originalEnd(relativeEnd));
        return new TextSpan(sentence.start() + s, sentence.start() + e, sentence.text().substring(s, e), sentence);
    }
}
