package org.dfkg.extract;

import java.nio.file.Path;
import org.dfkg.corpus.ReadingLexicon;

/** The word lists of the extract stage, loaded once from {@code data/lexicon/}: the reader's own, and department names. */
public record ExtractionLexicon(ReadingLexicon reading, DepartmentNames departments) {
    public static ExtractionLexicon load(Path lexiconFolder) {
        return new ExtractionLexicon(ReadingLexicon.load(lexiconFolder), DepartmentNames.load(lexiconFolder));
    }
}
