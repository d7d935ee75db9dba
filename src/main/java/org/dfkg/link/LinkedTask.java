package org.dfkg.link;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.dfkg.extract.AgencyRef;
import org.dfkg.extract.Role;

/**
 * A task as the linker sees it: where it is, its year and jurisdiction (null when unknown), what it
 * shares with others (key phrases and the content words they are made of, curated agencies), the key
 * phrases of its heading (推动数字经济产业园区建设。…; empty when it has none), and the roles every
 * agency holds in it, which the per-programme sums need.
 */
public record LinkedTask(String docId, String taskKey, Integer year, String jurisdictionId, Set<String> phrases, Set<String> words,
                         Set<String> headingPhrases, Set<String> quotedNames, Set<String> technologies, Set<String> agencies,
                         Map<AgencyRef, Set<Role>> roles) {
    /** A task without a heading of its own. */
    public LinkedTask(String docId, String taskKey, Integer year, String jurisdictionId, Set<String> phrases, Set<String> words,
                      Set<String> quotedNames, Set<String> technologies, Set<String> agencies, Map<AgencyRef, Set<Role>> roles) {
        this(docId, taskKey, year, jurisdictionId, phrases, words, Set.of(), quotedNames, technologies, agencies, roles);
    }

    /** A task whose phrases are its words (each phrase one word), without roles: what tests of the linker need. */
    public LinkedTask(String docId, String taskKey, Integer year, String jurisdictionId, Set<String> phrases, Set<String> quotedNames,
                      Set<String> technologies, Set<String> agencies) {
        this(docId, taskKey, year, jurisdictionId, phrases, phrases, quotedNames, technologies, agencies, Map.of());
    }

    public LinkedTask {
        // In the order the clauses name the agencies: Map.copyOf iterates in an order salted per JVM run,
        // and the per-programme sums are written in this order, so builds in two JVMs would differ.
        roles = Collections.unmodifiableMap(new LinkedHashMap<>(roles));
        // Interned: a large corpus holds every task until linking, and its phrases, IRIs and ids repeat.
        docId = docId.intern();
        phrases = interned(phrases);
        words = interned(words);
        headingPhrases = interned(headingPhrases);
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
