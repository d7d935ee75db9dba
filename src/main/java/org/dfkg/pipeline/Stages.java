package org.dfkg.pipeline;

import java.io.IOException;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.riot.RDFDataMgr;
import org.dfkg.corpus.CorpusReader;
import org.dfkg.extract.ExtractionLexicon;
import org.dfkg.link.CrossDocumentLinker;
import org.dfkg.link.LinkingWords;
import org.dfkg.rdf.DocumentMapper;
import org.dfkg.rdf.LinksMapper;
import org.dfkg.rdf.ReferenceMapper;
import org.dfkg.reference.ReferenceData;
import org.dfkg.validate.GraphValidator;
import org.dfkg.validate.ValidationOutcome;

/**
 * What every build shares, loaded once from the project: reference data, word lists, ontology,
 * shapes and the three mappers. {@code staticGraph} is the ontology and the whole reference graph,
 * beside which each document and each chunk of the links graph is validated.
 */
record Stages(BuildSettings settings, ReferenceData reference, ExtractionLexicon lexicon, LinkingWords linking, GraphValidator validator, Graph ontology,
              ReferenceMapper referenceMapper, DocumentMapper documentMapper, LinksMapper linksMapper, Graph staticGraph) {

    static Stages load(BuildSettings settings) throws IOException {
        ReferenceData reference = ReferenceData.load(settings.referenceFolder());
        ExtractionLexicon lexicon = ExtractionLexicon.load(settings.lexiconFolder());
        Graph ontology = RDFDataMgr.loadGraph(settings.ontologyFile().toString());
        ReferenceMapper referenceMapper = new ReferenceMapper(settings.iris(), reference);
        // Documents are validated against the whole gazetteer; the published reference graph describes
        // only the places they link to (see ReferenceMapper.referenceModel).
        // One graph, not a union: every document's validation reads it, and a union pays for each read twice.
        Graph staticGraph = GraphMemFactory.createGraphMemRoaring();
        GraphUtil.addInto(staticGraph, ontology);
        GraphUtil.addInto(staticGraph, referenceMapper.referenceModel().getGraph());
        return new Stages(settings, reference, lexicon, LinkingWords.load(settings.lexiconFolder()), new GraphValidator(settings.shapesFile()), ontology, referenceMapper,
                new DocumentMapper(settings.iris(), reference), new LinksMapper(settings.iris()), staticGraph);
    }

    CorpusReader reader() {
        return new CorpusReader(lexicon.reading());
    }

    CrossDocumentLinker linker() {
        return new CrossDocumentLinker(settings.referenceFolder(), reference, linking);
    }

    /** A new per-document stage: one per thread. */
    DocumentStage documentStage() {
        return new DocumentStage(this);
    }

    ValidationOutcome validateStatic() {
        return validator.validate(staticGraph);
    }

    /** The ontology graph and the reference graph describing {@code linkedPlaces}. */
    void writeStatic(QuadSink sink, Set<String> linkedPlaces) throws IOException {
        sink.add(NodeFactory.createURI(settings.iris().ontologyGraph()), ontology);
        sink.add(NodeFactory.createURI(settings.iris().referenceGraph()), referenceMapper.referenceModel(linkedPlaces).getGraph());
    }
}
