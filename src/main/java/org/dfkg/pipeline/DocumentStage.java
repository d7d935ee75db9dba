package org.dfkg.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.DisjointUnion;
import org.apache.jena.vocabulary.RDF;
import org.dfkg.corpus.CorpusException;
import org.dfkg.corpus.CorpusReader;
import org.dfkg.corpus.SourceDocument;
import org.dfkg.extract.ExtractedDocument;
import org.dfkg.extract.ExtractedTask;
import org.dfkg.extract.Extractor;
import org.dfkg.link.CrossDocumentLinker;
import org.dfkg.link.TargetLedger;
import org.dfkg.link.LinkedTask;
import org.dfkg.rdf.CorpusCatalogue;
import org.dfkg.validate.ValidationOutcome;
import org.dfkg.vocab.DFKG;

/**
 * The per-document function both builds run: read → extract → map → validate, and the records the
 * link step needs. Not thread-safe (its reader, extractor and linker own HanLP segmenters), so a
 * build on several threads makes one per thread.
 */
public final class DocumentStage {
    private final Stages stages;
    private final CorpusReader reader;
    private final Extractor extractor;
    private final CrossDocumentLinker linker;

    DocumentStage(Stages stages) {
        this.stages = stages;
        this.reader = stages.reader();
        this.extractor = new Extractor(stages.reference(), stages.lexicon());
        this.linker = stages.linker();
    }

    public SourceDocument read(Path file) throws CorpusException {
        return reader.readOne(file);
    }

    /** Extracts, maps and validates one document read; a reader's failure on it names the file. */
    public DocumentResult build(SourceDocument doc, CorpusCatalogue catalogue) throws CorpusException {
        ExtractedDocument extracted;
        Graph graph;
        try {
            extracted = extractor.extract(doc);
            graph = stages.documentMapper().documentModel(extracted, catalogue).getGraph();
        } catch (RuntimeException failure) {
            // A reader's own failure on one odd text rejects that text, named, rather than the whole build.
            throw new CorpusException(doc.path(), "the reader failed on this text (" + failure + "); the other texts are still built");
        }
        ValidationOutcome validation = stages.validator().validateFocused(graph, context(graph));
        List<LinkedTask> tasks = new ArrayList<>();
        for (ExtractedTask t : extracted.tasks()) tasks.add(linker.linkedTask(extracted, t));
        return new DocumentResult(extracted, graph, validation, tasks, linker.technologyUses(extracted), CrossDocumentLinker.agencyUses(tasks),
                stages.referenceMapper().linkedPlaces(graph), TargetLedger.entries(extracted, stages.lexicon().figures()));
    }

    /** The static graph, with the corpus documents this one cites typed beside it when it cites any. */
    private Graph context(Graph graph) {
        Graph cited = citedCorpusDocuments(graph);
        return cited.isEmpty() ? stages.staticGraph() : new DisjointUnion(cited, stages.staticGraph());
    }

    /**
     * The other corpus documents this one cites, typed: their own graphs describe them, and the
     * catalogue the mapper resolved the citations with vouches that they are built too.
     */
    private static Graph citedCorpusDocuments(Graph graph) {
        Graph types = GraphMemFactory.createDefaultGraph();
        graph.find(Node.ANY, DFKG.CITED_DOCUMENT_PROPERTY.asNode(), Node.ANY).forEachRemaining(t -> {
            if (!graph.contains(t.getObject(), RDF.type.asNode(), Node.ANY)) types.add(t.getObject(), RDF.type.asNode(), DFKG.POLICY_DOCUMENT.asNode());
        });
        return types;
    }
}
