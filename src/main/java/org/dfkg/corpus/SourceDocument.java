package org.dfkg.corpus;

import java.nio.file.Path;

/**
 * One source text, read and normalised. {@code original} is the decoded text that provenance
 * offsets point into; {@code matchText} is its normalised twin of the same length.
 */
public record SourceDocument(String id, Path path, String charset, boolean hadByteOrderMark,
                             String original, String matchText, DocumentMetadata metadata,
                             DocumentStructure structure) {}
