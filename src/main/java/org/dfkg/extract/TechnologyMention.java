package org.dfkg.extract;

/** A technology named in a task. */
public record TechnologyMention(String conceptIri, String surface, TextSpan evidence) {}
