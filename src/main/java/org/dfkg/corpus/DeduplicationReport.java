package org.dfkg.corpus;

/** How much of a published text was dropped because it repeats an earlier passage. */
public record DeduplicationReport(int sentencesKept, int sentencesDropped, int charactersDropped) {}
