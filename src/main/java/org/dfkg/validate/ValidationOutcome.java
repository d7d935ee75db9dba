package org.dfkg.validate;

import java.util.List;
import org.apache.jena.rdf.model.Model;

/** The result of validating a graph: whether it conforms, the findings, and the full SHACL report. */
public record ValidationOutcome(boolean conforms, List<Finding> findings, Model report, long triplesValidated) {
    public ValidationOutcome {
        findings = List.copyOf(findings);
    }
}
