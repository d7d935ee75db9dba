package org.dfkg.link;

import java.nio.file.Files;
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

    private final KeyPhrases keyPhrases;
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
        return new LinkedTask(d.source().id(), t.span().key(), d.source().metadata().periodStart(),
                keyPhrases.phrases(text), keyPhrases.quotedNames(text), technologies, agencies);
    }

    public LinkResult link(List<ExtractedDocument> documents) {
        List<LinkedTask> tasks = new java.util.ArrayList<>();
        for (ExtractedDocument d : documents) {
            for (ExtractedTask t : d.tasks()) tasks.add(linkedTask(d, t));
        }
        return linker.link(tasks);
    }
}
