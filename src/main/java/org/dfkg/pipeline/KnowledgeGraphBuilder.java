package org.dfkg.pipeline;

import org.dfkg.store.Dumps;
import org.dfkg.store.TdbStore;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.dfkg.corpus.CorpusException;
import org.dfkg.corpus.CorpusReadResult;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.dfkg.corpus.CorpusReader;
import org.dfkg.corpus.SourceDocument;
import org.dfkg.extract.ExtractedDocument;
import org.dfkg.extract.ExtractionLexicon;
import org.dfkg.extract.Extractor;
import org.dfkg.link.CrossDocumentLinker;
import org.dfkg.link.LinkResult;
import org.dfkg.rdf.CorpusCatalogue;
import org.dfkg.rdf.RdfMapper;
import org.dfkg.reference.ReferenceData;
import org.dfkg.validate.GraphValidator;
import org.dfkg.validate.Finding;
import org.dfkg.validate.ValidationOutcome;

/**
 * Runs the stages in order: read → extract → link → map → validate, then publishes a conforming result
 * (dumps and a fresh TDB2 database swapped in whole). A non-conforming build publishes nothing.
 */
public final class KnowledgeGraphBuilder {
    private final BuildSettings settings;
    private final boolean keepGoing;

    public KnowledgeGraphBuilder(BuildSettings settings) {
        this(settings, false);
    }

    /**
     * @param keepGoing when the graph does not conform, leave out the documents whose facts do not
     *                  conform and publish the rest (the build still reports failure)
     */
    public KnowledgeGraphBuilder(BuildSettings settings, boolean keepGoing) {
        this.settings = settings;
        this.keepGoing = keepGoing;
    }

    /** Builds and validates in memory without publishing. */
    public BuildResult assemble() throws IOException {
        ReferenceData reference = ReferenceData.load(settings.referenceFolder());
        ExtractionLexicon lexicon = ExtractionLexicon.load(settings.lexiconFolder());
        CorpusReadResult read = new CorpusReader(lexicon.reading()).read(settings.corpora());
        List<String> rejected = new ArrayList<>();
        for (CorpusException e : read.rejected()) rejected.add(e.getMessage());
        if (read.documents().isEmpty()) {
            throw new IOException(settings.corpora() + ": no readable text files" + (rejected.isEmpty() ? "" : " (" + String.join("; ", rejected) + ")"));
        }
        Extractor extractor = new Extractor(reference, lexicon);
        RdfMapper mapper = new RdfMapper(settings.iris(), reference);
        List<ExtractedDocument> extracted = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Graph ontology = RDFDataMgr.loadGraph(settings.ontologyFile().toString());
        CorpusCatalogue catalogue = new CorpusCatalogue(read.documents());
        Map<String, Graph> documentGraphs = new LinkedHashMap<>();
        for (SourceDocument doc : read.documents()) {
            ExtractedDocument e;
            Graph g;
            try {
                e = extractor.extract(doc);
                g = mapper.documentModel(e, catalogue).getGraph();
            } catch (RuntimeException failure) {
                // A reader's own failure on one odd text rejects that text, named, rather than the whole build.
                rejected.add(doc.path() + ": the reader failed on this text (" + failure + "); the other texts are still built");
                continue;
            }
            extracted.add(e);
            warnings.addAll(e.warnings());
            documentGraphs.put(doc.id(), g);
        }
        if (extracted.isEmpty()) throw new IOException(settings.corpora() + ": no text could be built (" + String.join("; ", rejected) + ")");
        Set<String> linkedPlaces = new java.util.HashSet<>();
        documentGraphs.values().forEach(g -> linkedPlaces.addAll(mapper.linkedPlaces(g)));
        Graph referenceGraph = mapper.referenceModel(linkedPlaces).getGraph();
        GraphValidator validator = new GraphValidator(settings.shapesFile());
        CrossDocumentLinker linker = new CrossDocumentLinker(settings.referenceFolder(), reference);
        List<String> excluded = new ArrayList<>();
        while (true) {
            LinkResult links = linker.link(extracted);
            Graph linksGraph = mapper.linksModel(links).getGraph();
            DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
            dataset.addGraph(NodeFactory.createURI(settings.iris().ontologyGraph()), ontology);
            dataset.addGraph(NodeFactory.createURI(settings.iris().referenceGraph()), referenceGraph);
            documentGraphs.forEach((id, g) -> dataset.addGraph(NodeFactory.createURI(settings.iris().documentGraph(id)), g));
            dataset.addGraph(NodeFactory.createURI(settings.iris().linksGraph()), linksGraph);
            Graph union = GraphFactory.createDefaultGraph();
            dataset.find().forEachRemaining(q -> union.add(q.asTriple()));
            ValidationOutcome validation = validator.validate(union);
            Map<String, List<Finding>> culprits = validation.conforms() || !keepGoing ? Map.of() : culprits(validation, documentGraphs);
            if (culprits.isEmpty()) {
                return new BuildResult(dataset, extracted, links, rejected, warnings, validation, false, excluded);
            }
            // Leave out the documents whose facts break a shape, and link and validate the rest again.
            culprits.forEach((id, findings) -> {
                StringBuilder why = new StringBuilder(id + ": " + findings.size() + " violation(s)");
                findings.stream().limit(5).forEach(f -> why.append("\n    ").append(f.summaryLine()));
                excluded.add(why.toString());
                documentGraphs.remove(id);
            });
            extracted.removeIf(e -> culprits.containsKey(e.source().id()));
            if (extracted.isEmpty()) {
                return new BuildResult(dataset, extracted, links, rejected, warnings, validation, false, excluded);
            }
        }
    }

    /** The documents whose graphs describe a focus node of a finding, with those findings. */
    private static Map<String, List<Finding>> culprits(ValidationOutcome validation, Map<String, Graph> documentGraphs) {
        Map<String, List<Finding>> out = new LinkedHashMap<>();
        for (Finding f : validation.findings()) {
            Node focus = f.focusNode().startsWith("_:") ? null : NodeFactory.createURI(f.focusNode());
            if (focus == null) continue;
            documentGraphs.forEach((id, g) -> {
                if (g.contains(focus, Node.ANY, Node.ANY)) out.computeIfAbsent(id, k -> new ArrayList<>()).add(f);
            });
        }
        return out;
    }

    private static void awaitDumps(Future<Void> dumps) throws IOException {
        try {
            dumps.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the dumps", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException("the dumps could not be written: " + e.getCause(), e.getCause());
        }
    }

    /** Builds, validates and, when the graph conforms, publishes a new generation: the database, its text index and the dumps. */
    public BuildResult build() throws IOException {
        BuildResult result = assemble();
        ValidationReportWriter.write(result.validation(), settings.reportFile());
        if (!result.validation().conforms()) return result;
        // The dumps and the database are written from the same in-memory dataset and need nothing from
        // each other, so they are written on two threads, into the same new generation.
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try {
            TdbStore.replace(settings.database(), folder -> {
                Future<Void> dumps = writer.submit(() -> {
                    Dumps.write(result.dataset(), folder.resolve(TdbStore.DUMPS), settings.iris());
                    return null;
                });
                try {
                    TdbStore.fill(folder, result.dataset());
                } finally {
                    // Never leave while the dumps are still being written, even when the database failed.
                    awaitDumps(dumps);
                }
            });
        } finally {
            writer.shutdown();
        }
        return new BuildResult(result.dataset(), result.documents(), result.links(), result.rejected(), result.warnings(), result.validation(), true, result.excluded());
    }
}
