package org.dfkg.link;

import java.util.List;

/**
 * What the link stage produced: programmes, city tasks that take up provincial tasks of the same
 * programme, each technology's use per document; and how much work it did: task pairs scored (a
 * pair may be scored once from each side) against the n²/2 pairs of comparing all tasks.
 */
public record LinkResult(List<Programme> programmes, List<Continuation> continuations, List<TechnologyUse> technologyUses,
                         int tasks, long pairsScored) {
    public LinkResult {
        programmes = List.copyOf(programmes);
        continuations = List.copyOf(continuations);
        technologyUses = List.copyOf(technologyUses);
    }

    /** A city task that carries on a provincial task of the same programme in a neighbouring year. */
    public record Continuation(LinkedTask cityTask, LinkedTask provincialTask, String programmeKey) {}

    /** How a document uses a technology: tasks that mention it and mentions anywhere in the text. */
    public record TechnologyUse(String conceptIri, String docId, Integer year, int tasks, int mentions) {}

    public LinkResult with(List<Continuation> continuations, List<TechnologyUse> uses) {
        return new LinkResult(programmes, continuations, uses, tasks, pairsScored);
    }

    public long allPairs() {
        return (long) tasks * (tasks - 1) / 2;
    }
}
