package org.dfkg;

import java.nio.file.Path;
import org.dfkg.corpus.CorpusReader;
import org.dfkg.corpus.ReadingLexicon;
import org.dfkg.corpus.TextNormaliser;

/** The project's own word lists, loaded once per test JVM. */
public final class Lexicons {
    public static final Path FOLDER = Path.of("data/lexicon");
    private static ReadingLexicon reading;
    private static org.dfkg.extract.ExtractionLexicon extraction;

    private Lexicons() {}

    public static synchronized ReadingLexicon reading() {
        if (reading == null) reading = ReadingLexicon.load(FOLDER);
        return reading;
    }

    public static synchronized org.dfkg.extract.ExtractionLexicon extraction() {
        if (extraction == null) {
            extraction = new org.dfkg.extract.ExtractionLexicon(reading(), org.dfkg.extract.DepartmentNames.load(FOLDER),
                    org.dfkg.extract.NameEndings.load(FOLDER), org.dfkg.extract.FigureLexicon.load(FOLDER));
        }
        return extraction;
    }

    public static org.dfkg.link.LinkingWords linking() {
        return org.dfkg.link.LinkingWords.load(FOLDER);
    }

    public static CorpusReader reader() {
        return new CorpusReader(reading());
    }

    public static TextNormaliser normaliser() {
        return new TextNormaliser(reading().taiwan());
    }
}
