package org.dfkg.build;

import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.dfkg.extract.ExtractedDocument;
import org.dfkg.link.LinkResult;
import org.dfkg.validate.ValidationOutcome;

/**
 * What a build did. {@code dataset} is the in-memory result (ontology, reference and one graph
 * per document, and the links graph of programmes); {@code links} is the link stage's result; {@code published} is true when it conformed and replaced the database.
 */
public record BuildResult(DatasetGraph dataset, List<ExtractedDocument> documents, LinkResult links, List<String> rejected,
                          List<String> warnings, ValidationOutcome validation, boolean published) {
    public BuildResult {
        documents = List.copyOf(documents);
        rejected = List.copyOf(rejected);
        warnings = List.copyOf(warnings);
    }
}
