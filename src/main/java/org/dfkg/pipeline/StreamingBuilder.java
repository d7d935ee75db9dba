package org.dfkg.pipeline;

import org.dfkg.store.BulkLoader;
import org.dfkg.store.Dumps;
import org.dfkg.store.Progress;
import org.dfkg.store.TdbStore;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.dfkg.corpus.CorpusException;
import org.dfkg.corpus.CorpusReader;
import org.dfkg.corpus.ReadingLexicon;
import org.dfkg.corpus.SourceDocument;
import org.dfkg.extract.AgencyRef;
import org.dfkg.extract.ExtractedDocument;
import org.dfkg.extract.ExtractionLexicon;
import org.dfkg.extract.Extractor;
import org.dfkg.link.CrossDocumentLinker;
import org.dfkg.link.LinkProgress;
import org.dfkg.link.LinkResult;
import org.dfkg.link.LinkedTask;
import org.dfkg.link.Programme;
import org.dfkg.rdf.CorpusCatalogue;
import org.dfkg.rdf.RdfMapper;
import org.dfkg.reference.ReferenceData;
import org.dfkg.validate.GraphValidator;
import org.dfkg.validate.ValidationOutcome;
import org.dfkg.vocab.DFKG;

/**
 * The build for large corpora: documents stream through read → extract → map → validate on every
 * core, each thread with its own HanLP-owning Extractor and linker, and their quads go straight to
 * a gzip N-Quads file; only the small per-task link records stay in memory. Each document graph is
 * validated with the reference data and the ontology beside it, and the links graph with the types
 * of the tasks it names. The N-Quads file is then bulk-loaded into a new TDB2 database with Jena's
 * parallel loader, the text index is built from it, and the folder is swapped in as by
 * {@link TdbStore}. It publishes the N-Quads dump with its checksum (no TriG or JSON-LD at this scale).
 */
public final class StreamingBuilder {
    /** A finished document: its quads as N-Quads bytes, its link records and what to report. */
    private record Done(String id, byte[] quads, long quadCount, List<LinkedTask> tasks, List<LinkResult.TechnologyUse> technologyUses,
                        List<LinkResult.AgencyUse> agencyUses,
                        ValidationOutcome validation, List<String> warnings, String rejected, String contentKey, int descriptions,
                        java.util.Set<String> places) {}

    private final BuildSettings settings;
    private final int threads;
    /** Documents in flight per thread: enough to keep every core busy, few enough to bound memory. */
    private static final int WINDOW_PER_THREAD = 4;
    private final PrintWriter log;

    public StreamingBuilder(BuildSettings settings, int threads, PrintWriter log) {
        this.settings = settings;
        this.threads = Math.max(1, threads);
        this.log = log;
    }

    /** Builds and, when every graph conforms, publishes. Returns whether it published. */
    public boolean build() throws IOException, InterruptedException {
        ReferenceData reference = ReferenceData.load(settings.referenceFolder());
        RdfMapper mapper = new RdfMapper(settings.iris(), reference);
        GraphValidator validator = new GraphValidator(settings.shapesFile());
        Graph ontology = RDFDataMgr.loadGraph(settings.ontologyFile().toString());
        // Documents are validated against the whole gazetteer; the published reference graph describes
        // the places they link to (see RdfMapper.referenceModel).
        Graph referenceGraph = mapper.referenceModel().getGraph();
        Graph staticGraph = new Union(ontology, referenceGraph);
        java.util.Set<String> linkedPlaces = new java.util.HashSet<>();
        ValidationOutcome referenceOutcome = validator.validate(staticGraph);
        List<Path> files = CorpusReader.files(settings.corpora());
        if (files.isEmpty()) throw new IOException(settings.corpora() + ": no text files");
        ExtractionLexicon extraction = ExtractionLexicon.load(settings.lexiconFolder());
        ReadingLexicon lexicon = extraction.reading();

        // Pass 1: titles and numbers, so that citations of corpus documents point at them.
        CorpusCatalogue catalogue = catalogue(files, lexicon);

        Path out = Files.createDirectories(settings.reportFile().toAbsolutePath().getParent()).resolve("dfkg.nq.gz.part");
        // One of each per thread: their HanLP segmenters are not thread-safe, and making one per document is slow.
        ThreadLocal<CorpusReader> readers = ThreadLocal.withInitial(() -> new CorpusReader(lexicon));
        ThreadLocal<Extractor> extractors = ThreadLocal.withInitial(() -> new Extractor(reference, extraction));
        ThreadLocal<CrossDocumentLinker> linkers = ThreadLocal.withInitial(() -> new CrossDocumentLinker(settings.referenceFolder(), reference));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<LinkedTask> tasks = new ArrayList<>();
        List<LinkResult.TechnologyUse> technologyUses = new ArrayList<>();
        List<LinkResult.AgencyUse> agencyUses = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        boolean conforms = referenceOutcome.conforms();
        long quads = 0;
        long descriptions = 0;
        Progress progress = new Progress("documents", files.size(), " docs", log);
        try (OutputStream nq = new GZIPOutputStream(Files.newOutputStream(out), 1 << 16)) {
            Deque<Future<Done>> window = new ArrayDeque<>();
            int next = 0;
            while (next < files.size() || !window.isEmpty()) {
                while (next < files.size() && window.size() < threads * WINDOW_PER_THREAD) {
                    Path file = files.get(next++);
                    window.add(pool.submit(() -> process(file, readers.get(), extractors.get(), linkers.get(), mapper, validator, staticGraph, catalogue)));
                }
                Done d = get(window.removeFirst());
                progress.step();
                if (d.rejected() != null) {
                    log.println("rejected: " + d.rejected());
                    continue;
                }
                String same = seen.putIfAbsent(d.contentKey(), d.id());
                if (same != null) {
                    log.println("rejected: " + d.id() + ": same text as " + same + "; read once");
                    continue;
                }
                WarningSummary.lines(d.warnings(), false).forEach(log::println);
                if (!d.validation().conforms()) {
                    conforms = false;
                    d.validation().findings().stream().limit(10).forEach(f -> log.println("  " + f.summaryLine()));
                }
                nq.write(d.quads());
                linkedPlaces.addAll(d.places());
                tasks.addAll(d.tasks());
                technologyUses.addAll(d.technologyUses());
                agencyUses.addAll(d.agencyUses());
                quads += d.quadCount();
                descriptions += d.descriptions();
            }
            progress.close();
            LinkResult links = linkers.get().link(tasks, technologyUses, agencyUses, progressOf("link", " tasks"));
            tasks = null; // the programmes keep the tasks they need
            LinksWriter writer = new LinksWriter(nq, mapper, validator, staticGraph);
            conforms &= writer.write(links);
            DatasetGraph rest = DatasetGraphFactory.createGeneral();
            rest.addGraph(NodeFactory.createURI(settings.iris().ontologyGraph()), ontology);
            rest.addGraph(NodeFactory.createURI(settings.iris().referenceGraph()), mapper.referenceModel(linkedPlaces).getGraph());
            RDFDataMgr.write(nq, rest, RDFFormat.NQUADS);
            quads += rest.stream().count() + writer.quads;
            log.printf("%d documents, %d tasks, %d programmes (%d candidate pairs scored of %d), %d quads%n",
                    seen.size(), links.tasks(), links.programmes().size(), links.pairsScored(), links.allPairs(), quads);
        } finally {
            pool.shutdownNow();
        }
        if (!conforms) {
            log.println("not published: the graph does not conform");
            Files.deleteIfExists(out);
            return false;
        }
        long texts = descriptions;
        try {
            TdbStore.replace(settings.database(), folder -> {
                BulkLoader.load(out, folder, texts, log);
                Path dumps = Files.createDirectories(folder.resolve(TdbStore.DUMPS));
                Files.move(out, dumps.resolve(Dumps.QUADS_GZ));
                Files.writeString(dumps.resolve(Dumps.CHECKSUMS), Dumps.sha256(dumps.resolve(Dumps.QUADS_GZ)) + "  " + Dumps.QUADS_GZ + "\n");
            });
        } finally {
            Files.deleteIfExists(out);
        }
        log.println("published");
        log.flush();
        return true;
    }

    /** Link-stage progress shown as a progress bar. */
    private LinkProgress progressOf(String name, String unit) {
        return new LinkProgress() {
            private Progress bar;

            @Override
            public void started(String step, long total) {
                bar = new Progress(name + ": " + step, total, unit, log);
            }

            @Override
            public void advanced(long steps) {
                bar.stepBy(steps);
            }

            @Override
            public void finished() {
                bar.close();
            }
        };
    }

    private CorpusCatalogue catalogue(List<Path> files, ReadingLexicon lexicon) {
        CorpusCatalogue catalogue = new CorpusCatalogue(List.of());
        CorpusReader reader = new CorpusReader(lexicon);
        try (Progress progress = new Progress("catalogue", files.size(), " docs", log)) {
            for (Path f : files) {
                try {
                    catalogue.add(reader.readOne(f));
                } catch (CorpusException e) {
                    // Reported by the second pass.
                }
                progress.step();
            }
        }
        return catalogue;
    }

    private Done process(Path file, CorpusReader reader, Extractor extractor, CrossDocumentLinker linker, RdfMapper mapper, GraphValidator validator,
                         Graph staticGraph, CorpusCatalogue catalogue) throws IOException {
        SourceDocument doc;
        try {
            doc = reader.readOne(file);
        } catch (CorpusException e) {
            return new Done(file.getFileName().toString(), new byte[0], 0, List.of(), List.of(), List.of(), null, List.of(), e.getMessage(), null, 0, java.util.Set.of());
        }
        ExtractedDocument e;
        Model m;
        try {
            e = extractor.extract(doc);
            m = mapper.documentModel(e, catalogue);
        } catch (RuntimeException failure) {
            // A reader's own failure on one odd text rejects that text, named, rather than the whole build.
            return new Done(doc.id(), new byte[0], 0, List.of(), List.of(), List.of(), null, List.of(),
                    doc.path() + ": the reader failed on this text (" + failure + "); the other texts are still built", null, 0, java.util.Set.of());
        }
        ValidationOutcome outcome = validator.validateFocused(m.getGraph(), staticGraph);
        DatasetGraph one = DatasetGraphFactory.createGeneral();
        one.addGraph(NodeFactory.createURI(settings.iris().documentGraph(doc.id())), m.getGraph());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RDFDataMgr.write(bytes, one, RDFFormat.NQUADS);
        List<LinkedTask> tasks = new ArrayList<>();
        for (var t : e.tasks()) tasks.add(linker.linkedTask(e, t));
        return new Done(doc.id(), bytes.toByteArray(), m.size(), tasks, linker.technologyUses(e), CrossDocumentLinker.agencyUses(tasks), outcome, e.warnings(), null, CorpusReader.contentKey(doc),
                m.getGraph().find(Node.ANY, DCTerms.description.asNode(), Node.ANY).toList().size(), mapper.linkedPlaces(m.getGraph()));
    }

    /**
     * Writes the links graph chunk by chunk (a programme, a batch of continuations or technology
     * uses), each validated with the types of the tasks and documents it names beside the static
     * graph, so that no chunk the size of the corpus is ever held in memory.
     */
    private final class LinksWriter {
        private static final int BATCH = 2000;
        private final OutputStream out;
        private final RdfMapper mapper;
        private final GraphValidator validator;
        private final Graph staticGraph;
        private final Node graphName = NodeFactory.createURI(settings.iris().linksGraph());
        long quads;

        LinksWriter(OutputStream out, RdfMapper mapper, GraphValidator validator, Graph staticGraph) {
            this.out = out;
            this.mapper = mapper;
            this.validator = validator;
            this.staticGraph = staticGraph;
        }

        boolean write(LinkResult links) {
            boolean conforms = true;
            // One city task may take up the same provincial task in several programmes: one triple.
            Map<String, LinkResult.Continuation> distinct = new java.util.LinkedHashMap<>();
            for (LinkResult.Continuation c : links.continuations()) distinct.putIfAbsent(c.cityTask().id() + " " + c.provincialTask().id(), c);
            List<LinkResult.Continuation> continuations = new ArrayList<>(distinct.values());
            int chunks = links.programmes().size() + batches(continuations.size()) + batches(links.technologyUses().size()) + 2;
            try (Progress progress = new Progress("links", chunks, " chunks", log)) {
                for (Programme p : links.programmes()) {
                    Graph context = GraphMemFactory.createGraphMemRoaring();
                    for (Programme.Member m : p.members()) {
                        typeTask(context, m.task());
                        typeTask(context, m.closest());
                        m.task().roles().keySet().forEach(a -> typeAgency(context, a));
                    }
                    conforms &= chunk(mapper.programmeModel(p), context);
                    progress.step();
                }
                for (var batch : batches(continuations)) {
                    Graph context = GraphMemFactory.createGraphMemRoaring();
                    for (LinkResult.Continuation c : batch) {
                        typeTask(context, c.cityTask());
                        typeTask(context, c.provincialTask());
                    }
                    conforms &= chunk(mapper.continuationsModel(batch), context);
                    progress.step();
                }
                for (var batch : batches(links.technologyUses())) {
                    Graph context = GraphMemFactory.createGraphMemRoaring();
                    for (LinkResult.TechnologyUse u : batch) typeDocument(context, u.docId());
                    conforms &= chunk(mapper.technologyUsesModel(batch), context);
                    progress.step();
                }
                conforms &= chunk(mapper.technologySpansModel(links.technologyUses()), GraphFactory.createDefaultGraph());
                progress.step();
                Graph agencies = GraphMemFactory.createGraphMemRoaring();
                for (LinkResult.AgencyUse u : links.agencyUses()) typeAgency(agencies, u.agency());
                conforms &= chunk(mapper.agencySummaryModel(links.agencyUses()), agencies);
                progress.step();
            }
            return conforms;
        }

        private boolean chunk(Model m, Graph context) {
            ValidationOutcome outcome = validator.validateFocused(m.getGraph(), new Union(context, staticGraph));
            if (!outcome.conforms()) outcome.findings().stream().limit(10).forEach(f -> log.println("  " + f.summaryLine()));
            RDFDataMgr.writeQuads(out, m.getGraph().find().mapWith(t -> Quad.create(graphName, t)));
            quads += m.size();
            return outcome.conforms();
        }

        private void typeTask(Graph g, LinkedTask t) {
            Node task = NodeFactory.createURI(settings.iris().task(t.docId(), t.taskKey()));
            g.add(task, RDF.type.asNode(), DFKG.TASK.asNode());
            g.add(task, DFKG.IN_DOCUMENT.asNode(), typeDocument(g, t.docId()));
        }

        /** Unreconciled agencies are described in their documents' graphs, which a chunk does not see. */
        private void typeAgency(Graph g, AgencyRef agency) {
            g.add(NodeFactory.createURI(mapper.partyIri(agency)), RDF.type.asNode(), DFKG.AGENCY.asNode());
        }

        private Node typeDocument(Graph g, String docId) {
            Node doc = NodeFactory.createURI(settings.iris().document(docId));
            g.add(doc, RDF.type.asNode(), DFKG.POLICY_DOCUMENT.asNode());
            return doc;
        }

        private static int batches(int n) {
            return (n + BATCH - 1) / BATCH;
        }

        private static <T> List<List<T>> batches(List<T> all) {
            List<List<T>> out = new ArrayList<>();
            for (int i = 0; i < all.size(); i += BATCH) out.add(all.subList(i, Math.min(all.size(), i + BATCH)));
            return out;
        }
    }

    private static Done get(Future<Done> f) throws InterruptedException, IOException {
        try {
            return f.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("a document failed to build: " + e.getCause(), e.getCause());
        }
    }
}
