package org.dfkg.link;

import java.util.List;

/**
 * One initiative across documents. {@code key} identifies it (its label, so the same input gives
 * the same IRI); {@code label} is its representative key phrase, {@code gloss}
 * its English gloss or null, {@code phrases} every key phrase that seeded it; each member carries
 * the evidence that tied it in. {@code mentions} are tasks about another topic that name the
 * programme in one clause of their body: they are not members and count in none of its sums.
 */
public record Programme(String key, String label, String gloss, List<String> phrases, List<Member> members,
                        Integer firstYear, Integer lastYear, List<Member> mentions) {
    public Programme {
        phrases = List.copyOf(phrases);
        members = List.copyOf(members);
        mentions = List.copyOf(mentions);
    }

    /** A programme that no task names only in a side clause. */
    public Programme(String key, String label, String gloss, List<String> phrases, List<Member> members, Integer firstYear, Integer lastYear) {
        this(key, label, gloss, phrases, members, firstYear, lastYear, List.of());
    }

    /** The documents its member tasks come from, sorted. */
    public java.util.SortedSet<String> documents() {
        java.util.SortedSet<String> out = new java.util.TreeSet<>();
        members.forEach(m -> out.add(m.task().docId()));
        return out;
    }

    /** One year of a programme: its member tasks of that year and their documents. */
    public record Year(int year, int tasks, int documents) {}

    /** Per year, the member tasks and their documents (members without a year are left out). */
    public java.util.List<Year> years() {
        java.util.Map<Integer, java.util.Set<String>> documentsByYear = new java.util.TreeMap<>();
        java.util.Map<Integer, Integer> tasksByYear = new java.util.TreeMap<>();
        for (Member m : members) {
            Integer y = m.task().year();
            if (y == null) continue;
            documentsByYear.computeIfAbsent(y, k -> new java.util.HashSet<>()).add(m.task().docId());
            tasksByYear.merge(y, 1, Integer::sum);
        }
        return tasksByYear.entrySet().stream().map(e -> new Year(e.getKey(), e.getValue(), documentsByYear.get(e.getKey()).size())).toList();
    }

    /** Per agency and year, the member tasks it leads, supports or is responsible for, and their documents. */
    public java.util.List<Summaries.AgencyYear> agencyYears() {
        java.util.Map<org.dfkg.extract.AgencyRef, java.util.TreeMap<Integer, RoleTally>> byAgency = new java.util.LinkedHashMap<>();
        for (Member m : members) {
            LinkedTask t = m.task();
            if (t.year() == null) continue;
            t.roles().forEach((agency, roles) -> {
                RoleTally tally = byAgency.computeIfAbsent(agency, k -> new java.util.TreeMap<>()).computeIfAbsent(t.year(), k -> new RoleTally());
                for (org.dfkg.extract.Role role : roles) tally.add(t.docId(), t.id(), role);
            });
        }
        java.util.List<Summaries.AgencyYear> out = new java.util.ArrayList<>();
        byAgency.forEach((agency, years) -> years.forEach((y, tally) -> out.add(tally.asYear(agency, y))));
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
