package org.dfkg.pipeline;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.dfkg.extract.ExtractedDocument;
import org.dfkg.link.LinkResult;
import org.dfkg.link.LinkedTask;
import org.dfkg.link.TargetLedger;
import org.dfkg.validate.ValidationOutcome;

/**
 * One document through the per-document stages: its extracted records, its named graph, that graph
 * validated beside the ontology and reference data, the records the link step needs of it (tasks, uses,
 * figures of indicators for the target ledger), and the places it links to (which the published reference graph must describe).
 */
public record DocumentResult(ExtractedDocument extracted, Graph graph, ValidationOutcome validation, List<LinkedTask> tasks,
                             List<LinkResult.TechnologyUse> technologyUses, List<LinkResult.AgencyUse> agencyUses, Set<String> places,
                             List<TargetLedger.Entry> ledger) {
    public DocumentResult {
        tasks = List.copyOf(tasks);
        technologyUses = List.copyOf(technologyUses);
        agencyUses = List.copyOf(agencyUses);
        places = Set.copyOf(places);
        ledger = List.copyOf(ledger);
    }

    public String id() {
        return extracted.source().id();
    }

    public List<String> warnings() {
        return extracted.warnings();
    }

    /** The texts the search index will hold (task descriptions), to size its progress. */
    public long descriptions() {
        return graph.find(Node.ANY, DCTerms.description.asNode(), Node.ANY).toList().size();
    }
}
