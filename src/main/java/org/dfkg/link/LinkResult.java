package org.dfkg.link;

import java.util.List;

/** What the link stage produced, and how much work it did: pairs scored against the n² of comparing all tasks. */
public record LinkResult(List<Programme> programmes, int tasks, long pairsScored) {
    public LinkResult {
        programmes = List.copyOf(programmes);
    }

    public long allPairs() {
        return (long) tasks * (tasks - 1) / 2;
    }
}
