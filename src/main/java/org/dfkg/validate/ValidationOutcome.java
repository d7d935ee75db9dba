package org.dfkg.validate;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.RDF;

/** The result of validating a graph: whether it conforms, the findings, and the full SHACL report. */
public record ValidationOutcome(boolean conforms, List<Finding> findings, Model report, long triplesValidated) {
    public ValidationOutcome {
        findings = List.copyOf(findings);
    }

    /**
     * Outcomes of validating parts of one graph (a document, a chunk of the links graph) as one: it
     * conforms when every part does, and its report is one {@code sh:ValidationReport} holding every
     * part's results.
     */
    public static ValidationOutcome combine(List<ValidationOutcome> parts) {
        Model report = ModelFactory.createDefaultModel();
        Resource whole = report.createResource(SHACLM.ValidationReport);
        List<Finding> findings = new ArrayList<>();
        boolean conforms = true;
        long triples = 0;
        for (ValidationOutcome part : parts) {
            conforms &= part.conforms();
            findings.addAll(part.findings());
            triples += part.triplesValidated();
            List<Resource> partReports = part.report().listSubjectsWithProperty(RDF.type, SHACLM.ValidationReport).toList();
            part.report().listStatements().forEachRemaining(s -> {
                if (partReports.contains(s.getSubject())) {
                    if (s.getPredicate().equals(SHACLM.result)) whole.addProperty(SHACLM.result, s.getObject());
                } else {
                    report.add(s);
                }
            });
        }
        RDFNode flag = report.createTypedLiteral(conforms);
        whole.addProperty(SHACLM.conforms, flag);
        report.setNsPrefixes(parts.isEmpty() ? report : parts.getFirst().report());
        return new ValidationOutcome(conforms, findings, report, triples);
    }
}
