package org.dfkg.link;

import java.util.List;

/**
 * One initiative across documents. {@code key} identifies it (its label, so the same input gives
 * the same IRI); {@code label} is its representative key phrase, {@code gloss}
 * its English gloss or null, {@code phrases} every key phrase that seeded it; each member carries
 * the evidence that tied it in.
 */
public record Programme(String key, String label, String gloss, List<String> phrases, List<Member> members,
                        Integer firstYear, Integer lastYear) {
    public Programme {
        phrases = List.copyOf(phrases);
        members = List.copyOf(members);
    }

    /** The documents its member tasks come from, sorted. */
    public java.util.SortedSet<String> documents() {
        java.util.SortedSet<String> out = new java.util.TreeSet<>();
        members.forEach(m -> out.add(m.task().docId()));
        return out;
    }

    /**
     * A member task: the task of another document it is most similar to, the phrases, technologies
     * and agencies they share, and the score of that pair.
     */
    public record Member(LinkedTask task, LinkedTask closest, List<String> sharedPhrases, List<String> sharedTechnologies,
                         List<String> sharedAgencies, double score) {
        public Member {
            sharedPhrases = List.copyOf(sharedPhrases);
            sharedTechnologies = List.copyOf(sharedTechnologies);
            sharedAgencies = List.copyOf(sharedAgencies);
        }
    }
}
