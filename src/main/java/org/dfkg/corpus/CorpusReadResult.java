package org.dfkg.corpus;

import java.util.List;

/** The documents that were read, and the files that were rejected with their reasons. */
public record CorpusReadResult(List<SourceDocument> documents, List<CorpusException> rejected) {
    public CorpusReadResult {
        documents = List.copyOf(documents);
        rejected = List.copyOf(rejected);
    }
}
