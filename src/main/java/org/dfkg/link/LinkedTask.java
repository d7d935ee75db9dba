package org.dfkg.link;

import java.util.Set;

/** A task as the linker sees it: where it is, its year and jurisdiction (null when unknown), and what it shares with others. */
public record LinkedTask(String docId, String taskKey, Integer year, String jurisdictionId, Set<String> phrases, Set<String> quotedNames,
                         Set<String> technologies, Set<String> agencies) {
    public LinkedTask {
        phrases = Set.copyOf(phrases);
        quotedNames = Set.copyOf(quotedNames);
        technologies = Set.copyOf(technologies);
        agencies = Set.copyOf(agencies);
    }

    public String id() {
        return docId + "/" + taskKey;
    }
}
