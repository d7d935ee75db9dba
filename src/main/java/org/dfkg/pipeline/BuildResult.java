package org.dfkg.pipeline;

import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.dfkg.extract.ExtractedDocument;
import org.dfkg.link.LinkResult;
import org.dfkg.validate.ValidationOutcome;

/**
 * What a build did. {@code dataset} is the in-memory result (ontology, reference and one graph
 * per document, and the links graph of programmes); {@code links} is the link stage's result; {@code published} is true when it conformed and replaced the database.
 * {@code excluded} lists the documents a {@code --keep-going} build left out because their facts do
 * not conform, each with its reasons; a build that left any out has not succeeded, even if it published.
 */
public record BuildResult(DatasetGraph dataset, List<ExtractedDocument> documents, LinkResult links, List<String> rejected,
                          List<String> warnings, ValidationOutcome validation, boolean published, List<String> excluded) {
    public BuildResult {
        documents = List.copyOf(documents);
        rejected = List.copyOf(rejected);
        warnings = List.copyOf(warnings);
        excluded = List.copyOf(excluded);
    }

    public BuildResult(DatasetGraph dataset, List<ExtractedDocument> documents, LinkResult links, List<String> rejected,
                       List<String> warnings, ValidationOutcome validation, boolean published) {
        this(dataset, documents, links, rejected, warnings, validation, published, List.of());
    }

    /** Every task by its linked id ({@code <document id>/<task key>}), as the link stage names it. */
    public java.util.Map<String, org.dfkg.extract.ExtractedTask> tasksById() {
        java.util.Map<String, org.dfkg.extract.ExtractedTask> out = new java.util.HashMap<>();
        for (ExtractedDocument d : documents) {
            for (org.dfkg.extract.ExtractedTask t : d.tasks()) out.put(d.source().id() + "/" + t.span().key(), t);
        }
        return out;
    }

    /** Agency names the reference data does not know, with the jurisdiction they were placed in and the documents that print them. */
    public record UnreconciledName(String name, String jurisdiction, java.util.SortedSet<String> documents) {}

    public List<UnreconciledName> unreconciledAgencies() {
        java.util.SortedMap<List<String>, java.util.SortedSet<String>> byName = new java.util.TreeMap<>(
                java.util.Comparator.<List<String>, String>comparing(k -> k.get(0)).thenComparing(k -> k.get(1)));
        for (ExtractedDocument d : documents) {
            for (org.dfkg.extract.ExtractedTask t : d.tasks()) {
                for (org.dfkg.extract.Assignment a : t.assignments()) {
                    if (a.party() instanceof org.dfkg.extract.AgencyRef.Unreconciled u) {
                        byName.computeIfAbsent(List.of(u.name(), java.util.Objects.toString(u.jurisdictionId(), "")), k -> new java.util.TreeSet<>())
                                .add(d.source().id());
                    }
                }
            }
        }
        return byName.entrySet().stream().map(e -> new UnreconciledName(e.getKey().get(0), e.getKey().get(1), e.getValue())).toList();
    }

    /** Whether the build did all it was asked: every document published. */
    public boolean succeeded() {
        return published && excluded.isEmpty();
    }
}
