package org.dfkg.corpus;

import java.nio.file.Path;

/**
 * One source text, read and normalised. {@code original} is the decoded text that provenance
 * offsets point into; {@code match} is its matching copy, with a way back to the original.
 */
public record SourceDocument(String id, Path path, String charset, boolean hadByteOrderMark,
                             String original, MatchText match, DocumentMetadata metadata,
                             DocumentStructure structure) {
    public String matchText() {
        return match.text();
    }
}
