package org.dfkg.link;

import java.util.List;
import org.dfkg.extract.AgencyRef;

/**
 * What the link stage produced: programmes, city tasks that take up provincial tasks of the same
 * programme, each technology's and each agency's use per document; and how much work it did: task pairs scored (a
 * pair may be scored once from each side) against the n²/2 pairs of comparing all tasks.
 */
public record LinkResult(List<Programme> programmes, List<Continuation> continuations, List<TechnologyUse> technologyUses,
                         List<AgencyUse> agencyUses, int tasks, long pairsScored) {
    public LinkResult {
        programmes = List.copyOf(programmes);
        continuations = List.copyOf(continuations);
        technologyUses = List.copyOf(technologyUses);
        agencyUses = List.copyOf(agencyUses);
    }

    /** A city task that carries on a provincial task of the same programme in a neighbouring year. */
    public record Continuation(LinkedTask cityTask, LinkedTask provincialTask, String programmeKey) {}

    /**
     * How a document uses a technology: tasks that mention it, mentions anywhere in the text, and
     * tasks that mention it or a narrower concept (4G counts for 移动通信). A concept only its
     * narrower concepts stand for has no mentions of its own.
     */
    public record TechnologyUse(String conceptIri, String docId, Integer year, int tasks, int mentions, int tasksWithNarrower) {
        public boolean mentioned() {
            return mentions > 0;
        }
    }

    /** How a document gives tasks to an agency: tasks with any role, and tasks it leads, supports or is responsible for. */
    public record AgencyUse(AgencyRef agency, String docId, Integer year, int tasks, int led, int supported, int responsible) {}

    public LinkResult with(List<Continuation> continuations, List<TechnologyUse> technologyUses, List<AgencyUse> agencyUses) {
        return new LinkResult(programmes, continuations, technologyUses, agencyUses, tasks, pairsScored);
    }

    /** The corpus-wide sums over the documents' technology and agency uses. */
    public Summaries summaries() {
        return Summaries.of(technologyUses, agencyUses);
    }

    public long allPairs() {
        return (long) tasks * (tasks - 1) / 2;
    }
}
