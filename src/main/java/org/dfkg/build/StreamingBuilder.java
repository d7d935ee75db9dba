package org.dfkg.build;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.lucene.store.FSDirectory;
import org.dfkg.corpus.CorpusException;
import org.dfkg.corpus.CorpusReader;
import org.dfkg.corpus.SourceDocument;
import org.dfkg.extract.ExtractedDocument;
import org.dfkg.extract.Extractor;
import org.dfkg.link.CrossDocumentLinker;
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
    private record Done(String id, byte[] quads, List<LinkedTask> tasks, List<LinkResult.TechnologyUse> uses,
                        ValidationOutcome validation, List<String> warnings, String rejected, String contentKey) {}

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
        Graph referenceGraph = mapper.referenceModel().getGraph();
        Graph staticGraph = new Union(ontology, referenceGraph);
        ValidationOutcome referenceOutcome = validator.validate(staticGraph);
        List<Path> files = CorpusReader.files(settings.corpus());
        if (files.isEmpty()) throw new IOException(settings.corpus() + ": no text files");

        // Pass 1: titles and numbers, so that citations of corpus documents point at them.
        CorpusCatalogue catalogue = catalogue(files);

        Path out = Files.createDirectories(settings.dumpsFolder().toAbsolutePath().getParent()).resolve("dfkg.nq.gz.part");
        // One of each per thread: their HanLP segmenters are not thread-safe, and making one per document is slow.
        ThreadLocal<CorpusReader> readers = ThreadLocal.withInitial(CorpusReader::new);
        ThreadLocal<Extractor> extractors = ThreadLocal.withInitial(() -> new Extractor(reference));
        ThreadLocal<CrossDocumentLinker> linkers = ThreadLocal.withInitial(() -> new CrossDocumentLinker(settings.referenceFolder(), reference));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<LinkedTask> tasks = new ArrayList<>();
        List<LinkResult.TechnologyUse> uses = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        boolean conforms = referenceOutcome.conforms();
        long quads = 0;
        Progress progress = new Progress("documents", files.size(), log);
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
                d.warnings().forEach(w -> log.println("warning: " + w));
                if (!d.validation().conforms()) {
                    conforms = false;
                    d.validation().findings().stream().limit(10).forEach(f -> log.println("  " + f.summaryLine()));
                }
                nq.write(d.quads());
                tasks.addAll(d.tasks());
                uses.addAll(d.uses());
                quads += d.quads().length == 0 ? 0 : countLines(d.quads());
            }
            progress.done();
            LinkResult links = linkers.get().link(tasks, uses);
            Model linksModel = mapper.linksModel(links);
            Graph memberTypes = GraphFactory.createDefaultGraph();
            for (String docId : seen.values()) {
                memberTypes.add(NodeFactory.createURI(settings.iris().document(docId)), RDF.type.asNode(), DFKG.POLICY_DOCUMENT.asNode());
            }
            for (Programme p : links.programmes()) {
                for (Programme.Member m : p.members()) {
                    for (LinkedTask t : List.of(m.task(), m.closest())) {
                        Node task = NodeFactory.createURI(settings.iris().task(t.docId(), t.taskKey()));
                        Node doc = NodeFactory.createURI(settings.iris().document(t.docId()));
                        memberTypes.add(task, RDF.type.asNode(), DFKG.TASK.asNode());
                        memberTypes.add(task, DFKG.IN_DOCUMENT.asNode(), doc);
                    }
                }
            }
            ValidationOutcome linksOutcome = validator.validateFocused(linksModel.getGraph(), new Union(memberTypes, staticGraph));
            if (!linksOutcome.conforms()) {
                conforms = false;
                linksOutcome.findings().stream().limit(10).forEach(f -> log.println("  " + f.summaryLine()));
            }
            DatasetGraph rest = DatasetGraphFactory.createGeneral();
            rest.addGraph(NodeFactory.createURI(settings.iris().ontologyGraph()), ontology);
            rest.addGraph(NodeFactory.createURI(settings.iris().referenceGraph()), referenceGraph);
            rest.addGraph(NodeFactory.createURI(settings.iris().linksGraph()), linksModel.getGraph());
            RDFDataMgr.write(nq, rest, RDFFormat.NQUADS);
            quads += rest.stream().count();
            log.printf("%d documents, %d tasks, %d programmes (%d candidate pairs scored of %d), %d quads%n",
                    seen.size(), tasks.size(), links.programmes().size(), links.pairsScored(), links.allPairs(), quads);
        } finally {
            pool.shutdownNow();
        }
        if (!conforms) {
            log.println("not published: the graph does not conform");
            Files.deleteIfExists(out);
            return false;
        }
        TdbStore.replace(settings.database(), folder -> bulkLoad(out, folder));
        Path dumps = settings.dumpsFolder();
        Dumps.deleteRecursively(dumps);
        Files.createDirectories(dumps);
        Files.move(out, dumps.resolve(Dumps.QUADS_GZ));
        Files.writeString(dumps.resolve(Dumps.CHECKSUMS), Dumps.sha256(dumps.resolve(Dumps.QUADS_GZ)) + "  " + Dumps.QUADS_GZ + "\n");
        log.println("published");
        log.flush();
        return true;
    }

    private static CorpusCatalogue catalogue(List<Path> files) {
        CorpusCatalogue catalogue = new CorpusCatalogue(List.of());
        CorpusReader reader = new CorpusReader();
        for (Path f : files) {
            try {
                catalogue.add(reader.readOne(f));
            } catch (CorpusException e) {
                // Reported by the second pass.
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
            return new Done(file.getFileName().toString(), new byte[0], List.of(), List.of(), null, List.of(), e.getMessage(), null);
        }
        ExtractedDocument e = extractor.extract(doc);
        Model m = mapper.documentModel(e, catalogue);
        ValidationOutcome outcome = validator.validateFocused(m.getGraph(), staticGraph);
        DatasetGraph one = DatasetGraphFactory.createGeneral();
        one.addGraph(NodeFactory.createURI(settings.iris().documentGraph(doc.id())), m.getGraph());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RDFDataMgr.write(bytes, one, RDFFormat.NQUADS);
        List<LinkedTask> tasks = new ArrayList<>();
        for (var t : e.tasks()) tasks.add(linker.linkedTask(e, t));
        return new Done(doc.id(), bytes.toByteArray(), tasks, CrossDocumentLinker.technologyUses(e), outcome, e.warnings(), null, CorpusReader.contentKey(doc));
    }

    private void bulkLoad(Path nquads, Path folder) throws IOException {
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(folder.resolve(TdbStore.TDB).toString());
        DataLoader loader = LoaderFactory.parallelLoader(tdb, (format, args) -> {
            log.println("load: " + String.format(format, args));
            log.flush();
        });
        loader.startBulk();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(nquads), 1 << 16)) {
            loader.loadFromInputStream(nquads.toString(), in, Lang.NQUADS);
            loader.finishBulk();
        } catch (RuntimeException | IOException ex) {
            loader.finishException(ex instanceof Exception x ? x : new RuntimeException(ex));
            throw ex;
        }
        TextIndex index = new TextIndexLucene(FSDirectory.open(folder.resolve(TdbStore.TEXT)), TextSearch.config());
        Txn.executeRead(tdb, () -> {
            tdb.find(Node.ANY, Node.ANY, DCTerms.description.asNode(), Node.ANY).forEachRemaining(q -> {
                if (!q.getObject().isLiteral()) return;
                Entity entity = new Entity(q.getSubject().getURI(), null);
                entity.put(TextSearch.FIELD, q.getObject().getLiteralLexicalForm());
                index.addEntity(entity);
            });
            index.prepareCommit();
            index.commit();
        });
        index.close();
        TDBInternal.expel(tdb);
    }

    private static long countLines(byte[] b) {
        long n = 0;
        for (byte x : b) if (x == '\n') n++;
        return n;
    }

    private static Done get(Future<Done> f) throws InterruptedException, IOException {
        try {
            return f.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("a document failed to build: " + e.getCause(), e.getCause());
        }
    }
}
