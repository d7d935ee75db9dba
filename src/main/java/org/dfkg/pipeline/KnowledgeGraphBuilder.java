package org.dfkg.pipeline;

import org.dfkg.store.Dumps;
import org.dfkg.store.TdbStore;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.dfkg.corpus.CorpusException;
import org.dfkg.corpus.CorpusReadResult;
import org.dfkg.extract.ExtractedDocument;
import org.dfkg.link.LinkResult;
import org.dfkg.rdf.CorpusCatalogue;
import org.dfkg.validate.Finding;
import org.dfkg.validate.ValidationOutcome;

/**
 * Runs the stages in order: read → extract → link → map → validate, then publishes a conforming result
 * (dumps and a fresh TDB2 database swapped in whole). A non-conforming build publishes nothing.
 */
public final class KnowledgeGraphBuilder {
    private final BuildSettings settings;
    private final boolean keepGoing;
    private final int threads;

    public KnowledgeGraphBuilder(BuildSettings settings) {
        this(settings, false);
    }

    /**
     * @param keepGoing when the graph does not conform, leave out the documents whose facts do not
     *                  conform and publish the rest (the build still reports failure)
     */
    public KnowledgeGraphBuilder(BuildSettings settings, boolean keepGoing) {
        this(settings, keepGoing, Runtime.getRuntime().availableProcessors());
    }

    /** @param threads documents built at once (the graph is the same on any number) */
    public KnowledgeGraphBuilder(BuildSettings settings, boolean keepGoing, int threads) {
        this.settings = settings;
        this.keepGoing = keepGoing;
        this.threads = Math.max(1, threads);
    }

    /**
     * Builds and validates in memory without publishing. Each document and each chunk of the links
     * graph is built and validated by the same code as the streaming build ({@link DocumentStage},
     * {@link LinkStage}); with the whole graph at hand, this build then validates it once more in
     * full, for the shapes that compare documents (no two agencies share a preferred label).
     */
    public BuildResult assemble() throws IOException {
        Stages stages = Stages.load(settings);
        CorpusReadResult read = stages.reader().read(settings.corpora());
        List<String> rejected = new ArrayList<>();
        for (CorpusException e : read.rejected()) rejected.add(e.getMessage());
        if (read.documents().isEmpty()) {
            throw new IOException(settings.corpora() + ": no readable text files" + (rejected.isEmpty() ? "" : " (" + String.join("; ", rejected) + ")"));
        }
        CorpusCatalogue catalogue = new CorpusCatalogue(read.documents());
        Map<String, DocumentResult> built = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        try (DocumentRunner runner = new DocumentRunner(stages, threads)) {
            runner.run(read.documents(), (doc, stage) -> {
                try {
                    return stage.build(doc, catalogue);
                } catch (CorpusException failure) {
                    return failure;
                }
            }, r -> {
                if (r instanceof DocumentResult d) {
                    warnings.addAll(d.warnings());
                    built.put(d.id(), d);
                } else {
                    rejected.add(((CorpusException) r).getMessage());
                }
            });
        }
        if (built.isEmpty()) throw new IOException(settings.corpora() + ": no text could be built (" + String.join("; ", rejected) + ")");
        List<ValidationOutcome> failures = new ArrayList<>();
        ValidationOutcome reference = stages.validateStatic();
        if (!reference.conforms()) failures.add(reference);
        List<String> excluded = new ArrayList<>();
        List<ValidationOutcome> excludedOutcomes = new ArrayList<>();
        for (DocumentResult r : List.copyOf(built.values())) {
            if (r.validation().conforms()) continue;
            if (keepGoing) {
                exclude(r.id(), r.validation().findings(), built, excluded);
                excludedOutcomes.add(r.validation());
            } else {
                failures.add(r.validation());
            }
        }
        if (built.isEmpty()) {
            return new BuildResult(DatasetGraphFactory.createTxnMem(), List.of(), new LinkResult(List.of(), List.of(), List.of(), List.of(), 0, 0), rejected, warnings, ValidationOutcome.combine(excludedOutcomes), false, excluded);
        }
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        while (true) {
            // Graphs are linked in, not copied: a document's graph is built once and read from here on.
            DatasetGraph dataset = DatasetGraphFactory.createGeneral();
            QuadSink sink = (name, g) -> {
                if (dataset.containsGraph(name)) GraphUtil.addInto(dataset.getGraph(name), g);
                else dataset.addGraph(name, g);
            };
            LinkRecords records = new LinkRecords();
            for (DocumentResult r : built.values()) {
                sink.add(NodeFactory.createURI(settings.iris().documentGraph(r.id())), r.graph());
                records.add(r);
            }
            LinkStage.Outcome links = new LinkStage(stages, quiet).run(records, sink);
            stages.writeStatic(sink, records.places);
            List<ExtractedDocument> documents = built.values().stream().map(DocumentResult::extracted).toList();
            ValidationOutcome validation;
            if (!failures.isEmpty() || !links.validation().conforms()) {
                List<ValidationOutcome> all = new ArrayList<>(failures);
                all.add(links.validation());
                validation = ValidationOutcome.combine(all);
            } else {
                Graph union = GraphFactory.createDefaultGraph();
                dataset.find().forEachRemaining(q -> union.add(q.asTriple()));
                validation = stages.validator().validate(union);
            }
            Map<String, List<Finding>> culprits = validation.conforms() || !keepGoing ? Map.of() : culprits(validation, built);
            if (culprits.isEmpty()) return new BuildResult(dataset, documents, links.links(), rejected, warnings, validation, false, excluded);
            // Leave out the documents whose facts break a shape, and link and validate the rest again.
            culprits.forEach((id, findings) -> exclude(id, findings, built, excluded));
            if (built.isEmpty()) return new BuildResult(dataset, List.of(), links.links(), rejected, warnings, validation, false, excluded);
        }
    }

    private static void exclude(String id, List<Finding> findings, Map<String, DocumentResult> built, List<String> excluded) {
        StringBuilder why = new StringBuilder(id + ": " + findings.size() + " violation(s)");
        findings.stream().limit(5).forEach(f -> why.append("\n    ").append(f.summaryLine()));
        excluded.add(why.toString());
        built.remove(id);
    }

    /** The documents whose graphs describe a focus node of a finding, with those findings. */
    private static Map<String, List<Finding>> culprits(ValidationOutcome validation, Map<String, DocumentResult> built) {
        Map<String, List<Finding>> out = new LinkedHashMap<>();
        for (Finding f : validation.findings()) {
            if (f.focusNode().startsWith("_:")) continue;
            Node focus = NodeFactory.createURI(f.focusNode());
            built.forEach((id, r) -> {
                if (r.graph().contains(focus, Node.ANY, Node.ANY)) out.computeIfAbsent(id, k -> new ArrayList<>()).add(f);
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
