package org.dfkg.extract;

import java.nio.file.Path;
import org.dfkg.corpus.ReadingLexicon;

/** The word lists of the extract stage, loaded once from {@code data/lexicon/}: the reader's own, department names and endings, and the words of figures. */
public record ExtractionLexicon(ReadingLexicon reading, DepartmentNames departments, NameEndings nameEndings, FigureLexicon figures) {
    public static ExtractionLexicon load(Path lexiconFolder) {
        return new ExtractionLexicon(ReadingLexicon.load(lexiconFolder), DepartmentNames.load(lexiconFolder), NameEndings.load(lexiconFolder),
                FigureLexicon.load(lexiconFolder));
    }
}
