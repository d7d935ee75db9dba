package org.dfkg.extract;

import java.util.List;
import org.dfkg.corpus.SourceDocument;

/**
 * Stage 2's output for one document. {@code jurisdictionId} is the reference place the document
 * is issued for (null when unknown); {@code issuer} is the issuing agency, if the text names one.
 * {@code technologies} are all mentions in the document, inside tasks or not (glossaries,
 * background); each task also lists its own.
 */
public record ExtractedDocument(SourceDocument source, String jurisdictionId, AgencyRef issuer,
                                List<ExtractedTask> tasks, List<TechnologyMention> technologies, List<GlossaryEntry> glossary,
                                List<Citation> citations, List<Figure> figures, List<String> warnings) {
    public ExtractedDocument {
        tasks = List.copyOf(tasks);
        technologies = List.copyOf(technologies);
        glossary = List.copyOf(glossary);
        citations = List.copyOf(citations);
        figures = List.copyOf(figures);
        warnings = List.copyOf(warnings);
    }
}
