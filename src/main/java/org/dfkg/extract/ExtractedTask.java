package org.dfkg.extract;

import java.util.List;
import org.dfkg.corpus.TaskSpan;

/** One task item with what was read from it. */
public record ExtractedTask(TaskSpan span, List<Assignment> assignments, List<TechnologyMention> technologies,
                            List<PlaceMention> places) {
    public ExtractedTask {
        assignments = List.copyOf(assignments);
        technologies = List.copyOf(technologies);
        places = List.copyOf(places);
    }
}
