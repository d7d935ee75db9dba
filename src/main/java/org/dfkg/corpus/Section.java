package org.dfkg.corpus;

/**
 * A heading and the part of the text it governs. {@code key} is a path of ordinals ("3.1")
 * that depends only on the document's own order, so it is a stable part of the section's IRI.
 */
public record Section(String key, String parentKey, SectionKind kind, MarkerKind marker, int level,
                      String title, int start, int end, boolean holdsTasks) {}
