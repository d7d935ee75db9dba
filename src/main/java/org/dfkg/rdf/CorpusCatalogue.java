package org.dfkg.rdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dfkg.corpus.SourceDocument;
import org.dfkg.text.Titles;

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

    /** What the catalogue keeps of a document: so little that a large corpus can be catalogued as it streams past. */
    public record Entry(String id, String titleKey, String documentNumber) {
        public static Entry of(SourceDocument d) {
            return new Entry(d.id(), d.metadata().title() == null ? null : Titles.key(d.metadata().title()),
                    d.metadata().documentNumber() == null ? null : d.metadata().documentNumber().replaceAll("\\s", ""));
        }
    }

    public void add(SourceDocument d) {
        add(Entry.of(d));
    }

    public void add(Entry e) {
        if (e.titleKey() != null) byTitle.putIfAbsent(e.titleKey(), e.id());
        if (e.documentNumber() != null) byNumber.putIfAbsent(e.documentNumber(), e.id());
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
