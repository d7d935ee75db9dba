package org.dfkg.link;

import java.util.Set;

/** A task as the linker sees it: where it is, its year and jurisdiction (null when unknown), and what it shares with others. */
public record LinkedTask(String docId, String taskKey, Integer year, String jurisdictionId, Set<String> phrases, Set<String> quotedNames,
                         Set<String> technologies, Set<String> agencies) {
    public LinkedTask {
        // Interned: a large corpus holds every task until linking, and its phrases, IRIs and ids repeat.
        docId = docId.intern();
        phrases = interned(phrases);
        quotedNames = interned(quotedNames);
        technologies = interned(technologies);
        agencies = interned(agencies);
    }

    private static Set<String> interned(Set<String> strings) {
        return strings.stream().map(String::intern).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    public String id() {
        return docId + "/" + taskKey;
    }
}
