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

    private final KeyPhrases keyPhrases;
    private final Map<String, Place> places;
    private final ProgrammeLinker linker;

    public CrossDocumentLinker(Path referenceFolder, ReferenceData reference) {
        Map<String, String> synonyms = new HashMap<>();
        Map<String, String> glosses = new HashMap<>();
        Path file = referenceFolder.resolve(PHRASES);
        if (Files.isRegularFile(file)) {
            for (TsvTable.Row row : TsvTable.read(file, "phrase", "variants", "name_en").rows()) {
                for (String v : row.list("variants")) synonyms.put(v, row.get("phrase"));
                if (!row.get("name_en").isEmpty()) glosses.put(row.get("phrase"), row.get("name_en"));
            }
        }
        Set<String> words = new HashSet<>();
        Set<String> known = new HashSet<>(glosses.keySet());
        for (TechnologyConcept c : reference.technologies()) {
            words.addAll(c.detectableLabels());
            glosses.putIfAbsent(c.prefLabelZh(), c.prefLabelEn());
        }
        this.keyPhrases = new KeyPhrases(synonyms, words);
        this.places = reference.places();
        known.addAll(words);
        this.linker = new ProgrammeLinker(glosses, known);
    }

    public LinkedTask linkedTask(ExtractedDocument d, ExtractedTask t) {
        String text = t.span().text();
        Set<String> technologies = new TreeSet<>();
        for (TechnologyMention m : t.technologies()) technologies.add(m.conceptIri());
        Set<String> agencies = new TreeSet<>();
        for (Assignment a : t.assignments()) {
            if (a.party() instanceof AgencyRef.Reconciled r) agencies.add(r.agencyId());
        }
        return new LinkedTask(d.source().id(), t.span().key(), d.source().metadata().periodStart(), d.jurisdictionId(),
                keyPhrases.phrases(text), keyPhrases.quotedNames(text), technologies, agencies);
    }

    public LinkResult link(List<ExtractedDocument> documents) {
        List<LinkedTask> tasks = new ArrayList<>();
        for (ExtractedDocument d : documents) {
            for (ExtractedTask t : d.tasks()) tasks.add(linkedTask(d, t));
        }
        List<LinkResult.TechnologyUse> uses = new ArrayList<>();
        for (ExtractedDocument d : documents) uses.addAll(technologyUses(d));
        return link(tasks, uses);
    }

    /** Links tasks already read (a streaming build keeps only these records of each document). */
    public LinkResult link(List<LinkedTask> tasks, List<LinkResult.TechnologyUse> uses) {
        LinkResult programmes = linker.link(tasks);
        return programmes.with(continuations(programmes.programmes()), uses);
    }

    /**
     * City tasks that carry on provincial tasks of the same programme: the city document's place
     * lies in the provincial document's place, and their years are at most
     * {@link #NEIGHBOURING_YEARS} apart.
     */
    private List<LinkResult.Continuation> continuations(List<Programme> programmes) {
        List<LinkResult.Continuation> out = new ArrayList<>();
        for (Programme p : programmes) {
            for (Programme.Member city : p.members()) {
                Place cityPlace = city.task().jurisdictionId() == null ? null : places.get(city.task().jurisdictionId());
                if (cityPlace == null || cityPlace.parentId() == null) continue;
                for (Programme.Member province : p.members()) {
                    LinkedTask pt = province.task();
                    if (!cityPlace.parentId().equals(pt.jurisdictionId()) || city.task().year() == null || pt.year() == null) continue;
                    if (Math.abs(city.task().year() - pt.year()) <= NEIGHBOURING_YEARS) {
                        out.add(new LinkResult.Continuation(city.task(), pt, p.key()));
                    }
                }
            }
        }
        return out;
    }

    /** How one document uses each technology it names: tasks that mention it, and mentions in the whole text. */
    public static List<LinkResult.TechnologyUse> technologyUses(ExtractedDocument d) {
        List<LinkResult.TechnologyUse> out = new ArrayList<>();
        Map<String, Integer> mentions = new TreeMap<>();
        Map<String, Set<String>> tasks = new HashMap<>();
        for (TechnologyMention m : d.technologies()) mentions.merge(m.conceptIri(), 1, Integer::sum);
        for (ExtractedTask t : d.tasks()) {
            for (TechnologyMention m : t.technologies()) tasks.computeIfAbsent(m.conceptIri(), k -> new HashSet<>()).add(t.span().key());
        }
        mentions.forEach((concept, count) -> out.add(new LinkResult.TechnologyUse(concept, d.source().id(),
                d.source().metadata().periodStart(), tasks.getOrDefault(concept, Set.of()).size(), count)));
        return out;
    }
}
