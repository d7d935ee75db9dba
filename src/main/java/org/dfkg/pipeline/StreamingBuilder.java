package org.dfkg.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;
import org.dfkg.corpus.CorpusException;
import org.dfkg.corpus.CorpusReader;
import org.dfkg.corpus.SourceDocument;
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
        LinkRecords records = new LinkRecords();
        List<ValidationOutcome> failed = new ArrayList<>();
        try (OutputStream nq = new GZIPOutputStream(Files.newOutputStream(out), 1 << 16); DocumentRunner runner = new DocumentRunner(stages, threads)) {
            Progress progress = new Progress("documents", accepted.size(), " docs", log);
            runner.run(accepted, (file, stage) -> process(file, stage, catalogue), d -> {
                progress.step();
                if (d.rejected() != null) {
                    log.println("rejected: " + d.rejected());
                    return;
                }
                DocumentResult r = d.result();
                WarningSummary.lines(r.warnings(), false).forEach(log::println);
                if (!report(r.validation())) failed.add(r.validation());
                nq.write(d.quads());
                records.add(r);
            });
            progress.close();
            QuadSink sink = (name, g) -> RDFDataMgr.writeQuads(nq, g.find().mapWith(t -> Quad.create(name, t)));
            LinkStage.Outcome links = new LinkStage(stages, log).run(records, sink);
            conforms &= failed.isEmpty() & report(links.validation());
            stages.writeStatic(sink, records.places);
            log.printf("%d documents, %d tasks, %d programmes (%d candidate pairs scored of %d)%n",
                    records.documents, links.links().tasks(), links.links().programmes().size(), links.links().pairsScored(), links.links().allPairs());
        }
        if (!conforms) {
            log.println("not published: the graph does not conform");
            Files.deleteIfExists(out);
            return false;
        }
        long texts = records.descriptions;
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

}
