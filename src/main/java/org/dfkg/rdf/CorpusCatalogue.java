package org.dfkg.rdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dfkg.corpus.SourceDocument;
import org.dfkg.extract.CitationReader;

/**
 * The corpus's own documents by normalised title and by document number, so that a citation of a
 * document that is in the corpus points at that document rather than at a separate cited work.
 */
public final class CorpusCatalogue {
    private final Map<String, String> byTitle = new HashMap<>();
    private final Map<String, String> byNumber = new HashMap<>();

    public CorpusCatalogue(List<SourceDocument> documents) {
        documents.forEach(this::add);
    }

    /** Adds one document; keeps only its title, number and id, so a large corpus can be catalogued as it streams past. */
    public void add(SourceDocument d) {
        if (d.metadata().title() != null) byTitle.putIfAbsent(CitationReader.normaliseTitle(d.metadata().title()), d.id());
        if (d.metadata().documentNumber() != null) byNumber.putIfAbsent(d.metadata().documentNumber().replaceAll("\\s", ""), d.id());
    }

    public static CorpusCatalogue empty() {
        return new CorpusCatalogue(List.of());
    }

    /** The id of the corpus document a citation names, by number first, or null. */
    public String documentCited(String titleKey, String documentNumber) {
        if (documentNumber != null && byNumber.containsKey(documentNumber)) return byNumber.get(documentNumber);
        return byTitle.get(titleKey);
    }
}
