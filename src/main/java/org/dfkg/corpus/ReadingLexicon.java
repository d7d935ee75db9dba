package org.dfkg.corpus;

import java.nio.file.Path;

/** The word lists the corpus stage reads texts with, loaded once from {@code data/lexicon/}. */
public record ReadingLexicon(TaiwanVocabulary taiwan, DocumentLayout layout, RoleWords roleWords) {
    public static ReadingLexicon load(Path lexiconFolder) {
        return new ReadingLexicon(TaiwanVocabulary.load(lexiconFolder), DocumentLayout.load(lexiconFolder), RoleWords.load(lexiconFolder));
    }
}
