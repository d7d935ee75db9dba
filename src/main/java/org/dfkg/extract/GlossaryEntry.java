package org.dfkg.extract;

import java.util.List;
import org.dfkg.corpus.Sentence;

/**
 * One entry of a 专栏 glossary box ("物联网：是指……"). {@code conceptIri} is the scheme concept
 * the term names, or null when the scheme lacks it (then the term is a candidate for curators).
 * {@code term} is the span of the defined term; {@code sentences} are the sentences of the
 * definition, which may run over several sentences of one line.
 */
public record GlossaryEntry(String conceptIri, TextSpan term, String definition, List<Sentence> sentences, String boxKey) {
    public GlossaryEntry {
        sentences = List.copyOf(sentences);
    }
}
