package org.dfkg.extract;

import java.util.List;
import org.dfkg.corpus.SourceDocument;

/**
 * Stage 2's output for one document. {@code jurisdictionId} is the reference place the document
 * is issued for (null when unknown); {@code issuer} is the issuing agency, if the text names one.
 */
public record ExtractedDocument(SourceDocument source, String jurisdictionId, AgencyRef issuer,
                                List<ExtractedTask> tasks, List<Figure> figures, List<String> warnings) {
    public ExtractedDocument {
        tasks = List.copyOf(tasks);
        figures = List.copyOf(figures);
        warnings = List.copyOf(warnings);
    }
}
