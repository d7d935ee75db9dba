package org.dfkg.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dfkg.extract.AgencyRef;

/**
 * The corpus-wide sums the graph carries, so that a question over all years need not visit every
 * task: computed here from the documents' uses, and only written by the mapper. A task lies in one
 * document, so sums of per-document task counts are exact.
 */
public record Summaries(List<TechnologyTotal> technologyTotals, List<TechnologyYear> technologyYears,
                        List<AgencyTotal> agencyTotals, List<AgencyYear> agencyYears) {
    public Summaries {
        technologyTotals = List.copyOf(technologyTotals);
        technologyYears = List.copyOf(technologyYears);
        agencyTotals = List.copyOf(agencyTotals);
        agencyYears = List.copyOf(agencyYears);
    }

    /** A technology over the corpus: the first and last year a document mentions it (null when no such document has a year), and the documents and tasks that mention it. */
    public record TechnologyTotal(String concept, Integer firstYear, Integer lastYear, int documents, int tasks) {}

    /** A technology in one year: tasks and documents that mention it, its mentions, and tasks that mention it or a narrower concept. */
    public record TechnologyYear(String concept, int year, int tasks, int documents, int mentions, int tasksWithNarrower) {}

    /** An agency over the corpus: the documents and tasks that give it a role. */
    public record AgencyTotal(AgencyRef agency, int documents, int tasks) {}

    /** An agency in one year (of the corpus, or of one programme): documents and tasks that give it a role, and tasks by role. */
    public record AgencyYear(AgencyRef agency, int year, int documents, int tasks, int led, int supported, int responsible) {}

    public static Summaries of(List<LinkResult.TechnologyUse> technologyUses, List<LinkResult.AgencyUse> agencyUses) {
        List<TechnologyTotal> technologyTotals = new ArrayList<>();
        List<TechnologyYear> technologyYears = new ArrayList<>();
        Map<String, List<LinkResult.TechnologyUse>> byConcept = new TreeMap<>();
        for (LinkResult.TechnologyUse u : technologyUses) byConcept.computeIfAbsent(u.conceptIri(), k -> new ArrayList<>()).add(u);
        byConcept.forEach((concept, uses) -> {
            List<LinkResult.TechnologyUse> mentioned = uses.stream().filter(LinkResult.TechnologyUse::mentioned).toList();
            // A concept only its narrower concepts stand for has years but no total of its own.
            if (!mentioned.isEmpty()) {
                technologyTotals.add(new TechnologyTotal(concept,
                        mentioned.stream().map(LinkResult.TechnologyUse::year).filter(y -> y != null).min(Integer::compare).orElse(null),
                        mentioned.stream().map(LinkResult.TechnologyUse::year).filter(y -> y != null).max(Integer::compare).orElse(null),
                        mentioned.size(), mentioned.stream().mapToInt(LinkResult.TechnologyUse::tasks).sum()));
            }
            Map<Integer, List<LinkResult.TechnologyUse>> byYear = new TreeMap<>();
            for (LinkResult.TechnologyUse u : uses) if (u.year() != null) byYear.computeIfAbsent(u.year(), k -> new ArrayList<>()).add(u);
            byYear.forEach((year, ofYear) -> technologyYears.add(new TechnologyYear(concept, year,
                    ofYear.stream().mapToInt(LinkResult.TechnologyUse::tasks).sum(),
                    (int) ofYear.stream().filter(LinkResult.TechnologyUse::mentioned).count(),
                    ofYear.stream().mapToInt(LinkResult.TechnologyUse::mentions).sum(),
                    ofYear.stream().mapToInt(LinkResult.TechnologyUse::tasksWithNarrower).sum())));
        });
        List<AgencyTotal> agencyTotals = new ArrayList<>();
        List<AgencyYear> agencyYears = new ArrayList<>();
        Map<AgencyRef, List<LinkResult.AgencyUse>> byAgency = new LinkedHashMap<>();
        for (LinkResult.AgencyUse u : agencyUses) byAgency.computeIfAbsent(u.agency(), k -> new ArrayList<>()).add(u);
        byAgency.forEach((agency, uses) -> {
            agencyTotals.add(new AgencyTotal(agency, uses.size(), uses.stream().mapToInt(LinkResult.AgencyUse::tasks).sum()));
            Map<Integer, List<LinkResult.AgencyUse>> byYear = new TreeMap<>();
            for (LinkResult.AgencyUse u : uses) if (u.year() != null) byYear.computeIfAbsent(u.year(), k -> new ArrayList<>()).add(u);
            byYear.forEach((year, ofYear) -> agencyYears.add(new AgencyYear(agency, year, ofYear.size(),
                    ofYear.stream().mapToInt(LinkResult.AgencyUse::tasks).sum(),
                    ofYear.stream().mapToInt(LinkResult.AgencyUse::led).sum(),
                    ofYear.stream().mapToInt(LinkResult.AgencyUse::supported).sum(),
                    ofYear.stream().mapToInt(LinkResult.AgencyUse::responsible).sum())));
        });
        return new Summaries(technologyTotals, technologyYears, agencyTotals, agencyYears);
    }
}
