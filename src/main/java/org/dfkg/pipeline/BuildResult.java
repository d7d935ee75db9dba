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

    /** Whether the build did all it was asked: every document published. */
    public boolean succeeded() {
        return published && excluded.isEmpty();
    }
}
