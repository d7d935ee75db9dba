package org.dfkg.extract;

import org.dfkg.corpus.Sentence;

/** Where a fact was read: a span of the original text (UTF-16 offsets, end exclusive) and its sentence. */
public record TextSpan(int start, int end, String text, Sentence sentence) {
    public TextSpan {
        if (start < sentence.start() || end > sentence.end() || end < start) {
            throw new IllegalArgumentException("span " + start + "-" + end + " lies outside its sentence " + sentence.start() + "-" + sentence.end());
        }
    }

    public static TextSpan within(Sentence sentence, int relativeStart, int relativeEnd) {
        return new TextSpan(sentence.start() + relativeStart, sentence.start() + relativeEnd,
                sentence.text().substring(relativeStart, relativeEnd), sentence);
    }
}
