package org.dfkg.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;
import org.dfkg.corpus.CorpusException;
import org.dfkg.corpus.CorpusReader;
import org.dfkg.corpus.SourceDocument;
import org.dfkg.link.LinkResult;
import org.dfkg.link.LinkedTask;
import org.dfkg.rdf.CorpusCatalogue;
import org.dfkg.store.BulkLoader;
import org.dfkg.store.Dumps;
import org.dfkg.store.Progress;
import org.dfkg.store.TdbStore;
import org.dfkg.validate.Finding;
import org.dfkg.validate.ValidationOutcome;

/**
 * The build for large corpora. It runs the same per-document function ({@link DocumentStage}) and
 * link step ({@link LinkStage}) as {@link KnowledgeGraphBuilder}, but documents stream through it on
 * every core, each thread with its own stage, and their quads go straight to a gzip N-Quads file;
 * only the small per-task link records stay in memory. The N-Quads file is then bulk-loaded into a
 * new generation with Jena's parallel loader and its text index built. It publishes the N-Quads dump
 * with its checksum (no TriG or JSON-LD at this scale). Unlike the in-memory build, it does not
 * validate the whole graph once more at the end: that is what {@code dfkg validate} on the store does.
 */
public final class StreamingBuilder {
    /** A document through the stages, with its graph already written as N-Quads by its worker; or the reason it was rejected. */
    private record Done(DocumentResult result, byte[] quads, String rejected) {}

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
        Stages stages = Stages.load(settings);
        boolean conforms = report(stages.validateStatic());
        List<Path> files = CorpusReader.files(settings.corpora());
        if (files.isEmpty()) throw new IOException(settings.corpora() + ": no text files");

        // Pass 1: titles and numbers, so that citations of corpus documents point at them; and the
        // choice between files that would be the same document, by the rule the in-memory build uses.
        CorpusCatalogue catalogue = CorpusCatalogue.empty();
        List<Path> accepted = choose(files, stages, catalogue);

        Path out = Files.createDirectories(settings.reportFile().toAbsolutePath().getParent()).resolve("dfkg.nq.gz.part");
        ThreadLocal<DocumentStage> perThread = ThreadLocal.withInitial(stages::documentStage);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<LinkedTask> tasks = new ArrayList<>();
        List<LinkResult.TechnologyUse> technologyUses = new ArrayList<>();
        List<LinkResult.AgencyUse> agencyUses = new ArrayList<>();
        Set<String> places = new HashSet<>();
        long documents = 0;
        long descriptions = 0;
        try (OutputStream nq = new GZIPOutputStream(Files.newOutputStream(out), 1 << 16)) {
            Progress progress = new Progress("documents", accepted.size(), " docs", log);
            Deque<Future<Done>> window = new ArrayDeque<>();
            int next = 0;
            while (next < accepted.size() || !window.isEmpty()) {
                while (next < accepted.size() && window.size() < threads * WINDOW_PER_THREAD) {
                    Path file = accepted.get(next++);
                    window.add(pool.submit(() -> process(file, perThread.get(), catalogue)));
                }
                Done d = get(window.removeFirst());
                progress.step();
                if (d.rejected() != null) {
                    log.println("rejected: " + d.rejected());
                    continue;
                }
                DocumentResult r = d.result();
                WarningSummary.lines(r.warnings(), false).forEach(log::println);
                conforms &= report(r.validation());
                nq.write(d.quads());
                places.addAll(r.places());
                tasks.addAll(r.tasks());
                technologyUses.addAll(r.technologyUses());
                agencyUses.addAll(r.agencyUses());
                descriptions += r.descriptions();
                documents++;
            }
            progress.close();
            QuadSink sink = (name, g) -> RDFDataMgr.writeQuads(nq, g.find().mapWith(t -> Quad.create(name, t)));
            LinkStage.Outcome links = new LinkStage(stages, log).run(tasks, technologyUses, agencyUses, sink);
            tasks = null; // the programmes keep the tasks they need
            conforms &= report(links.validation());
            stages.writeStatic(sink, places);
            log.printf("%d documents, %d tasks, %d programmes (%d candidate pairs scored of %d)%n",
                    documents, links.links().tasks(), links.links().programmes().size(), links.links().pairsScored(), links.links().allPairs());
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

    /** Reads every file once: returns the files to build, catalogued,, having logged the others with their reasons. */
    private List<Path> choose(List<Path> files, Stages stages, CorpusCatalogue catalogue) {
        CorpusReader reader = stages.reader();
        List<CorpusReader.Candidate> candidates = new ArrayList<>();
        Map<Path, CorpusCatalogue.Entry> entries = new HashMap<>();
        try (Progress progress = new Progress("catalogue", files.size(), " docs", log)) {
            for (Path f : files) {
                try {
                    SourceDocument doc = reader.readOne(f);
                    entries.put(f, CorpusCatalogue.Entry.of(doc));
                    candidates.add(CorpusReader.Candidate.of(doc));
                } catch (CorpusException e) {
                    log.println("rejected: " + e.getMessage());
                }
                progress.step();
            }
        }
        CorpusReader.Selection selection = CorpusReader.select(candidates);
        selection.rejected().forEach(e -> log.println("rejected: " + e.getMessage()));
        // Only the documents that will be built can be cited as corpus documents.
        List<Path> accepted = files.stream().filter(selection.accepted()::contains).toList();
        accepted.forEach(f -> catalogue.add(entries.get(f)));
        return accepted;
    }

    /** Logs the first findings of an outcome that does not conform; returns whether it conforms. */
    private boolean report(ValidationOutcome outcome) {
        outcome.findings().stream().limit(10).map(Finding::summaryLine).forEach(line -> log.println("  " + line));
        return outcome.conforms();
    }

    private Done process(Path file, DocumentStage stage, CorpusCatalogue catalogue) {
        try {
            DocumentResult r = stage.build(stage.read(file), catalogue);
            Node graph = NodeFactory.createURI(settings.iris().documentGraph(r.id()));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            Graph g = r.graph();
            RDFDataMgr.writeQuads(bytes, g.find().mapWith(t -> Quad.create(graph, t)));
            return new Done(r, bytes.toByteArray(), null);
        } catch (CorpusException e) {
            return new Done(null, null, e.getMessage());
        }
    }

    private static Done get(Future<Done> f) throws InterruptedException, IOException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            throw new IOException("a document failed to build: " + e.getCause(), e.getCause());
        }
    }
}
