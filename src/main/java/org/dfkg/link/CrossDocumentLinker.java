package org.dfkg.link;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.TreeMap;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dfkg.extract.AgencyRef;
import org.dfkg.extract.Assignment;
import org.dfkg.extract.ExtractedDocument;
import org.dfkg.extract.ExtractedTask;
import org.dfkg.extract.Role;
import org.dfkg.extract.TechnologyMention;
import org.dfkg.reference.Place;
import org.dfkg.reference.ReferenceData;
import org.dfkg.reference.TechnologyConcept;
import org.dfkg.reference.TsvTable;

/**
 * Stage 3's entry point: turns extracted documents into {@link LinkedTask}s (key phrases,
 * technologies, curated agencies, year) and links them into programmes. The year of a document is
 * the first year of its period. Not thread-safe (it owns a HanLP segmenter).
 */
public final class CrossDocumentLinker {
    public static final String PHRASES = "programme-phrases.tsv";

    /** How far apart a city task and a provincial task may be to count as carrying on the same work. */
    public static final int NEIGHBOURING_YEARS = 2;

    /** Provincial tasks a city task is linked to at most, nearest in years first. */
    public static final int MAX_TAKES_UP = 5;

    private final Map<String, String> synonyms = new HashMap<>();
    private final Set<String> dictionaryWords = new HashSet<>();
    private final LinkingWords linkingWords;
    /** Made on first use: only the per-document step reads key phrases, and its HanLP dictionary is costly to build. */
    private KeyPhrases keyPhrases;
    private final Map<String, Place> places;
    private final ProgrammeLinker linker;
    private final Map<String, Set<String>> technologyAncestors;

    public CrossDocumentLinker(Path referenceFolder, ReferenceData reference, LinkingWords linkingWords) {
        Map<String, String> glosses = new HashMap<>();
        Path file = referenceFolder.resolve(PHRASES);
        if (Files.isRegularFile(file)) {
            for (TsvTable.Row row : TsvTable.read(file, "phrase", "variants", "name_en").rows()) {
                for (String v : row.list("variants")) synonyms.put(v, row.get("phrase"));
                if (!row.get("name_en").isEmpty()) glosses.put(row.get("phrase"), row.get("name_en"));
            }
        }
        Set<String> known = new HashSet<>(glosses.keySet());
        for (TechnologyConcept c : reference.technologies()) {
            dictionaryWords.addAll(c.detectableLabels());
            // Every label of a technology is one phrase (北斗卫星系统, 北斗卫星导航 → 北斗卫星导航系统), as for a programme's variants.
            for (String label : c.detectableLabels()) {
                if (!label.equals(c.prefLabelZh())) synonyms.putIfAbsent(label, c.prefLabelZh());
            }
            glosses.putIfAbsent(c.prefLabelZh(), c.prefLabelEn());
        }
        this.linkingWords = linkingWords;
        this.places = reference.places();
        this.technologyAncestors = reference.technologyAncestors();
        known.addAll(dictionaryWords);
        this.linker = new ProgrammeLinker(glosses, known, linkingWords);
    }

    private KeyPhrases keyPhrases() {
        if (keyPhrases == null) keyPhrases = new KeyPhrases(synonyms, dictionaryWords, linkingWords);
        return keyPhrases;
    }

    public LinkedTask linkedTask(ExtractedDocument d, ExtractedTask t) {
        String text = t.span().text();
        Set<String> technologies = new TreeSet<>();
        for (TechnologyMention m : t.technologies()) technologies.add(m.conceptIri());
        Set<String> agencies = new TreeSet<>();
        Map<AgencyRef, Set<Role>> roles = new java.util.LinkedHashMap<>();
        for (Assignment a : t.assignments()) {
            if (a.party() instanceof AgencyRef.Reconciled r) agencies.add(r.agencyId());
            if (!(a.party() instanceof AgencyRef.Collective)) roles.computeIfAbsent(a.party(), k -> java.util.EnumSet.noneOf(Role.class)).add(a.role());
        }
        roles.replaceAll((agency, held) -> java.util.Collections.unmodifiableSet(held));
        KeyPhrases.Reading reading = keyPhrases().read(text);
        String heading = heading(t.span());
        return new LinkedTask(d.source().id(), t.span().key(), d.source().metadata().periodStart(), d.jurisdictionId(),
                reading.phrases(), reading.words(), heading == null ? Set.of() : keyPhrases().phrases(heading),
                reading.quotedNames(), technologies, agencies, roles);
    }

    /** A task's heading: its first sentence, when short and followed by others (（十六）推动数字经济产业园区建设。); else null. */
    static String heading(org.dfkg.corpus.TaskSpan span) {
        if (span.sentences().size() < 2) return null;
        String first = span.sentences().getFirst().text().strip();
        return first.length() <= MAX_HEADING_CHARS ? first : null;
    }

    /** A heading names a task's topic in a few words; a longer first sentence is already its body. */
    public static final int MAX_HEADING_CHARS = 30;

    /** Links tasks already read (a streaming build keeps only these records of each document). */
    public LinkResult link(List<LinkedTask> tasks, List<LinkResult.TechnologyUse> technologyUses, List<LinkResult.AgencyUse> agencyUses,
                           LinkProgress progress) {
        LinkResult programmes = linker.link(tasks, progress);
        return programmes.with(continuations(programmes.programmes()), technologyUses, agencyUses);
    }

    /**
     * City tasks that carry on provincial tasks of the same programme: the city document's place
     * lies in the provincial document's place, and their years are at most
     * {@link #NEIGHBOURING_YEARS} apart; at most {@link #MAX_TAKES_UP} per city task, nearest in
     * years first. Each programme's members are indexed by place and year, so the work is linear.
     */
    private List<LinkResult.Continuation> continuations(List<Programme> programmes) {
        List<LinkResult.Continuation> out = new ArrayList<>();
        for (Programme p : programmes) {
            Map<String, TreeMap<Integer, List<LinkedTask>>> byPlaceAndYear = new HashMap<>();
            for (Programme.Member m : p.members()) {
                LinkedTask t = m.task();
                if (t.jurisdictionId() == null || t.year() == null) continue;
                byPlaceAndYear.computeIfAbsent(t.jurisdictionId(), k -> new TreeMap<>()).computeIfAbsent(t.year(), k -> new ArrayList<>()).add(t);
            }
            for (Programme.Member city : p.members()) {
                LinkedTask ct = city.task();
                Place cityPlace = ct.jurisdictionId() == null ? null : places.get(ct.jurisdictionId());
                if (cityPlace == null || cityPlace.parentId() == null || ct.year() == null) continue;
                TreeMap<Integer, List<LinkedTask>> province = byPlaceAndYear.get(cityPlace.parentId());
                if (province == null) continue;
                List<LinkedTask> near = new ArrayList<>();
                province.subMap(ct.year() - NEIGHBOURING_YEARS, true, ct.year() + NEIGHBOURING_YEARS, true).values().forEach(near::addAll);
                near.sort(java.util.Comparator.comparingInt((LinkedTask pt) -> Math.abs(pt.year() - ct.year())).thenComparing(LinkedTask::id));
                for (LinkedTask pt : near.subList(0, Math.min(MAX_TAKES_UP, near.size()))) {
                    out.add(new LinkResult.Continuation(ct, pt, p.key()));
                }
            }
        }
        return out;
    }

    /**
     * How one document uses each technology it names: tasks that mention it, mentions in the whole
     * text, and tasks that mention it or a narrower concept; a broader concept only its narrower
     * ones stand for gets a use without mentions, so that roll-ups need not revisit the tasks.
     */
    public List<LinkResult.TechnologyUse> technologyUses(ExtractedDocument d) {
        List<LinkResult.TechnologyUse> out = new ArrayList<>();
        Map<String, Integer> mentions = new TreeMap<>();
        Map<String, Set<String>> tasks = new HashMap<>();
        Map<String, Set<String>> tasksWithNarrower = new TreeMap<>();
        for (TechnologyMention m : d.technologies()) mentions.merge(m.conceptIri(), 1, Integer::sum);
        for (ExtractedTask t : d.tasks()) {
            for (TechnologyMention m : t.technologies()) {
                tasks.computeIfAbsent(m.conceptIri(), k -> new HashSet<>()).add(t.span().key());
                tasksWithNarrower.computeIfAbsent(m.conceptIri(), k -> new HashSet<>()).add(t.span().key());
                for (String above : technologyAncestors.getOrDefault(m.conceptIri(), Set.of())) {
                    tasksWithNarrower.computeIfAbsent(above, k -> new HashSet<>()).add(t.span().key());
                }
            }
        }
        Set<String> concepts = new TreeSet<>(mentions.keySet());
        concepts.addAll(tasksWithNarrower.keySet());
        for (String concept : concepts) {
            out.add(new LinkResult.TechnologyUse(concept, d.source().id(), d.source().metadata().periodStart(),
                    tasks.getOrDefault(concept, Set.of()).size(), mentions.getOrDefault(concept, 0),
                    tasksWithNarrower.getOrDefault(concept, Set.of()).size()));
        }
        return out;
    }

    /**
     * How one document gives tasks to each agency, from the roles {@link #linkedTask} read for each of
     * its tasks (collective parties are not agencies and are not among them).
     */
    public static List<LinkResult.AgencyUse> agencyUses(List<LinkedTask> tasksOfOneDocument) {
        Map<AgencyRef, RoleTally> byAgency = new java.util.LinkedHashMap<>();
        for (LinkedTask t : tasksOfOneDocument) {
            t.roles().forEach((agency, roles) -> {
                RoleTally tally = byAgency.computeIfAbsent(agency, k -> new RoleTally());
                for (Role role : roles) tally.add(t.docId(), t.taskKey(), role);
            });
        }
        List<LinkResult.AgencyUse> out = new ArrayList<>();
        if (tasksOfOneDocument.isEmpty()) return out;
        LinkedTask first = tasksOfOneDocument.getFirst();
        byAgency.forEach((agency, tally) -> out.add(new LinkResult.AgencyUse(agency, first.docId(), first.year(),
                tally.tasks(), tally.tasks(Role.LEAD), tally.tasks(Role.SUPPORT), tally.tasks(Role.RESPONSIBLE))));
        return out;
    }
}
