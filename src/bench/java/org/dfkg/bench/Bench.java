package org.dfkg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.dfkg.pipeline.BuildSettings;
import org.dfkg.store.BulkLoader;
import org.dfkg.store.Dumps;
import org.dfkg.pipeline.KnowledgeGraphBuilder;
import org.dfkg.pipeline.StreamingBuilder;
import org.dfkg.store.TdbStore;
import org.dfkg.corpus.CorpusException;
import org.dfkg.corpus.CorpusReader;
import org.dfkg.corpus.ReadingLexicon;
import org.dfkg.reference.ReferenceData;
import org.dfkg.serve.KnowledgeGraphServer;
import org.dfkg.serve.ServerSettings;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.openjdk.jmh.util.Statistics;

/**
 * The bench command's figures, each next to the baseline it is judged against, measured in the
 * same run: medians over {@code reps} repetitions after a warm-up, with min and max.
 */
public final class Bench {
    /** One line of the table: a figure, its baseline, their ratio (ours ÷ baseline) and the goal. */
    public record Figure(String name, String ours, String baseline, double ratio, String goal, boolean met) {
        /** A figure whose goal bounds its ratio to the baseline. */
        Figure(String name, String ours, String baseline, double ratio, Goals.Goal goal) {
            this(name, ours, baseline, ratio, goal, ratio);
        }

        /** A figure whose goal bounds another measure (seconds, an exponent). */
        Figure(String name, String ours, String baseline, double ratio, Goals.Goal goal, double measured) {
            this(name, ours, baseline, ratio, goal, measured, true);
        }

        /** A figure that also needs every request to have succeeded. */
        Figure(String name, String ours, String baseline, double ratio, Goals.Goal goal, double measured, boolean succeeded) {
            this(name, ours, baseline, ratio, goal.shown(), goal.met(measured) && succeeded);
        }
    }

    public enum Part { EXTRACTION, COLD_BUILD, LOAD, SHACL, QUERIES }

    private final BuildSettings settings;
    private final Goals goals;
    private final Path work;
    private final int reps;
    private final int clients;
    private final PrintWriter log;
    private final Path queryDatabase;
    private final List<Figure> figures = new ArrayList<>();
    private final List<String> details = new ArrayList<>();

    /**
     * @param work    a scratch folder (generated corpora, databases); it is kept so that reruns skip generation
     * @param clients concurrent clients in the query part; 0 measures sequential latency only
     */
    public Bench(BuildSettings settings, Path work, int reps, int clients, PrintWriter log) {
        this(settings, work, reps, clients, null, log);
    }

    /** @param queryDatabase the database the query part runs on; null for the seed corpus, built afresh by the run */
    public Bench(BuildSettings settings, Path work, int reps, int clients, Path queryDatabase, PrintWriter log) {
        this.settings = settings;
        this.goals = Goals.load(settings.projectRoot().resolve("data"));
        this.work = work.toAbsolutePath();
        this.reps = reps;
        this.clients = clients;
        this.queryDatabase = queryDatabase;
        this.log = log;
    }

    public List<Figure> figures() {
        return figures;
    }

    public void run(Part part, int generated) throws Exception {
        log.println("bench: " + part.name().toLowerCase(Locale.ROOT).replace('_', '-') + " ...");
        log.flush();
        switch (part) {
            case EXTRACTION -> extraction();
            case COLD_BUILD -> coldBuild();
            case LOAD -> load(generated);
            case SHACL -> shacl(generated);
            case QUERIES -> queries(queryDatabase != null ? queryDatabase : freshSeedDatabase());
        }
    }

    /** Extraction of the seed corpus against HanLP's standard segmentation of the same texts, with JMH. */
    private void extraction() throws IOException, CorpusException, RunnerException {
        long chars = ExtractionBenchmark.characters(settings.corpus(), settings.lexiconFolder());
        Map<String, Statistics> r = jmh(ExtractionBenchmark.class, Map.of("project", settings.projectRoot().toAbsolutePath().toString(),
                "corpus", settings.corpus().toAbsolutePath().toString()), 5);
        Statistics ours = r.get("extract"), base = r.get("segmentOnly");
        double ratio = ours.getPercentile(50) / base.getPercentile(50);
        figures.add(new Figure("extraction, " + chars + " characters of the seed corpus, reading to records (chars/s)",
                rate(chars, ours), rate(chars, base) + " (HanLP standard segmentation alone)", ratio, goals.of("extraction")));
    }

    private static String rate(long units, Statistics timesMillis) {
        // The slowest time gives the lowest rate.
        return String.format(Locale.ROOT, "%,.0f [%,.0f–%,.0f]", units / timesMillis.getPercentile(50) * 1000,
                units / timesMillis.getMax() * 1000, units / timesMillis.getMin() * 1000);
    }

    /** A build of the seed corpus in a fresh JVM, texts to validated TDB2, against a JVM that only loads HanLP. */
    private void coldBuild() throws IOException, InterruptedException {
        Path folder = Files.createDirectories(work.resolve("cold"));
        List<String> build = List.of("org.dfkg.cli.Main", "build", "--project", settings.projectRoot().toAbsolutePath().toString(),
                "--corpus", settings.corpus().toAbsolutePath().toString(), "--db", folder.resolve("db").toString(), "--out", folder.resolve("out").toString());
        List<String> baseline = List.of(HanlpStartup.class.getName());
        // The build runs as ./dfkg runs it, from the runtime jar, when one is built; the baseline beside it.
        // Without the jar (the tests run before Maven packages it) both run on this JVM's classpath.
        Path jar = settings.projectRoot().resolve("target").resolve("dfkg.jar");
        String runtime = Files.isRegularFile(jar) ? jar.toAbsolutePath().toString() : System.getProperty("java.class.path");
        String withBaseline = Files.isRegularFile(jar) ? runtime + java.io.File.pathSeparator + classFolderOf(HanlpStartup.class) : runtime;
        List<Double> ours = new ArrayList<>(), base = new ArrayList<>();
        for (int i = 0; i <= reps; i++) {
            double b = wall(withBaseline, baseline, folder), o = wall(runtime, build, folder);
            if (i == 0) continue; // warm-up: fills the page cache for both
            base.add(b);
            ours.add(o);
        }
        Stats o = Stats.of(ours), b = Stats.of(base);
        figures.add(new Figure("build of the seed corpus, cold JVM, texts to validated TDB2 (s)", o.text("%.2f"),
                b.text("%.2f") + " (JVM start + HanLP dictionaries)", o.median() / b.median(), goals.of("cold-build"), o.median()));
    }

    /** The folder or jar a class was loaded from. */
    private static String classFolderOf(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double wall(String classpath, List<String> command, Path folder) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
                "-cp", classpath));
        full.addAll(command);
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(folder.resolve("last-run.log").toFile()).start();
        int exit = p.waitFor();
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (exit != 0) throw new IOException(String.join(" ", command) + " exited with " + exit + "; see " + folder.resolve("last-run.log"));
        return seconds;
    }

    /** A generated corpus of n documents under the work folder, written once per n. */
    private Path generated(int n) throws IOException {
        Path corpus = work.resolve("corpus-" + n);
        if (Files.isDirectory(corpus) && CorpusReader.files(corpus).size() == n) return corpus;
        Dumps.deleteRecursively(corpus);
        var seed = new CorpusReader(ReadingLexicon.load(settings.lexiconFolder())).read(settings.corpus()).documents();
        new CorpusGenerator(seed, ReferenceData.load(settings.referenceFolder())).write(corpus, n, 2026);
        return corpus;
    }

    /** Our load (bulk loader, text index, manifest, publish) against Jena's parallel bulk loader alone, on one N-Quads file. */
    private void load(int n) throws Exception {
        Path source = work.resolve("load-source");
        BuildSettings s = settings.withCorpus(generated(n)).withDatabase(source.resolve("db")).withOutputs(source.resolve("out"));
        if (!Files.isRegularFile(s.dumpsFolder().resolve(Dumps.QUADS_GZ))) {
            if (!new StreamingBuilder(s, Runtime.getRuntime().availableProcessors(), quiet()).build()) throw new IOException("the generated corpus did not build");
        }
        Path nquads = s.dumpsFolder().resolve(Dumps.QUADS_GZ);
        long quads = 0;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(nquads))) {
            byte[] buf = new byte[1 << 16];
            for (int k; (k = in.read(buf)) > 0; ) for (int i = 0; i < k; i++) if (buf[i] == '\n') quads++;
        }
        List<Double> ours = new ArrayList<>(), base = new ArrayList<>();
        for (int i = 0; i <= reps; i++) {
            Path bare = work.resolve("load-bare");
            Dumps.deleteRecursively(bare);
            long t0 = System.nanoTime();
            DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(bare.toString());
            DataLoader loader = LoaderFactory.parallelLoader(tdb, (format, args) -> {});
            loader.startBulk();
            try (InputStream in = new GZIPInputStream(Files.newInputStream(nquads), 1 << 16)) {
                loader.loadFromInputStream(nquads.toString(), in, Lang.NQUADS);
            }
            loader.finishBulk();
            TDBInternal.expel(tdb);
            double b = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            TdbStore.replace(work.resolve("load-ours"), folder -> BulkLoader.load(nquads, folder, -1, quiet()));
            double o = (System.nanoTime() - t0) / 1e9;
            if (i == 0) continue;
            base.add(b);
            ours.add(o);
        }
        Stats o = Stats.of(ours), b = Stats.of(base);
        figures.add(new Figure(String.format(Locale.ROOT, "loading %,d quads (%d generated documents) into TDB2, with text index (s)", quads, n),
                o.text("%.2f"), b.text("%.2f") + " (Jena's parallel bulk loader alone)", o.median() / b.median(), goals.of("load")));
    }

    /** Validation of growing graphs: triples per second at each size, and the growth exponent of time in triples. */
    private void shacl(int n) throws Exception {
        Path corpus = generated(n);
        Path report = Files.createDirectories(work.resolve("shacl"));
        List<Integer> sizes = new ArrayList<>();
        for (int k = n; k >= Math.max(1, n / 8); k /= 2) sizes.addFirst(k);
        ChainedOptionsBuilder extra = new OptionsBuilder().param("documents", sizes.stream().map(String::valueOf).toArray(String[]::new));
        Map<String, Statistics> r = jmh(ShaclBenchmark.class, Map.of("project", settings.projectRoot().toAbsolutePath().toString(),
                "corpus", corpus.toString(), "report", report.toString()), 1, extra);
        List<Double> triples = new ArrayList<>(), medians = new ArrayList<>();
        StringBuilder rates = new StringBuilder();
        for (int k : sizes) {
            Statistics s = r.get("validate documents=" + k);
            long t = Long.parseLong(Files.readString(report.resolve(ShaclBenchmark.triplesFile(k))).strip());
            triples.add((double) t);
            medians.add(s.getPercentile(50));
            if (!rates.isEmpty()) rates.append("; ");
            rates.append(String.format(Locale.ROOT, "%,d triples: %s", t, rate(t, s)));
        }
        double exponent = Stats.growthExponent(triples, medians);
        figures.add(new Figure("SHACL validation (triples/s) at " + sizes.size() + " sizes", rates.toString(),
                String.format(Locale.ROOT, "growth exponent of time in triples: %.2f", exponent), Double.NaN, goals.of("shacl"), exponent));
    }

    /**
     * The seed corpus built by this code into the scratch folder: a database left by an earlier build
     * (the project's own) may lack what the queries read.
     */
    private Path freshSeedDatabase() throws IOException {
        Path folder = work.resolve("seed");
        if (!new KnowledgeGraphBuilder(settings.withDatabase(folder.resolve("db")).withOutputs(folder.resolve("out"))).build().published()) {
            throw new IOException("the seed corpus did not build");
        }
        return folder.resolve("db");
    }

    /** Every query of queries/ over HTTP, on our server and on a bare embedded Fuseki over the same database. */
    public void queries(Path database) throws Exception {
        DatasetGraph dataset = TdbStore.open(database);
        ServerSettings serving = new ServerSettings(0, "dfkg", true, settings.iris(), settings.dumpsFolder(), settings.projectRoot().resolve("queries"));
        Map<String, String> queries = QueryLatencyRun.queries(settings.projectRoot().resolve("queries"));
        List<QueryLatencyRun.QueryFigures> results;
        try (KnowledgeGraphServer ours = KnowledgeGraphServer.start(dataset, serving)) {
            FusekiServer bare = FusekiServer.create().loopback(true).port(0).add("/bare", dataset).verbose(false).build().start();
            try {
                results = new QueryLatencyRun().run(ours.sparqlEndpoint(), "http://127.0.0.1:" + bare.getHttpPort() + "/bare/sparql", queries, reps, clients);
            } finally {
                bare.stop();
            }
        }
        List<Double> seqRatios = new ArrayList<>(), concRatios = new ArrayList<>(), seqMedians = new ArrayList<>();
        int failures = 0;
        details.add("| query | sequential p50 ours | bare Fuseki | ratio | " + clients + " clients p50 ours | bare Fuseki | ratio |");
        details.add("|---|---|---|---|---|---|---|");
        for (var q : results) {
            double os = Stats.of(q.oursSequential()).median(), bs = Stats.of(q.bareSequential()).median();
            double oc = Stats.of(q.oursConcurrent()).median(), bc = Stats.of(q.bareConcurrent()).median();
            seqRatios.add(os / bs);
            concRatios.add(oc / bc);
            seqMedians.add(os);
            failures += q.failures();
            details.add(String.format(Locale.ROOT, "| %s | %.1f ms | %.1f ms | %.2f | %s |", q.name(), os, bs, os / bs,
                    clients == 0 ? "– | – | –" : String.format(Locale.ROOT, "%.1f ms | %.1f ms | %.2f", oc, bc, oc / bc)));
        }
        Stats seq = Stats.of(seqRatios), conc = Stats.of(concRatios);
        figures.add(new Figure("query latency, " + results.size() + " queries, sequential: p50 ratio per query (median [min–max] over queries)",
                seq.text("%.2f"), "bare embedded Fuseki, same database", seq.median(), goals.of("query-sequential"), seq.median(), failures == 0));
        if (clients > 0) {
            figures.add(new Figure("query latency, " + clients + " concurrent clients: p50 ratio per query (median [min–max] over queries)",
                    conc.text("%.2f"), "bare embedded Fuseki, same database", conc.median(), goals.of("query-concurrent"), conc.median(), failures == 0));
        }
        long fast = seqMedians.stream().filter(ms -> ms < 500).count();
        details.add(String.format(Locale.ROOT, "%n%s: sequential p50 over queries %s ms; %d of %d queries under 500 ms; %d failed requests",
                database, Stats.of(seqMedians).text("%.1f"), fast, seqMedians.size(), failures));
    }

    private Map<String, Statistics> jmh(Class<?> benchmark, Map<String, String> params, int forkWarmups) throws RunnerException {
        return jmh(benchmark, params, forkWarmups, new OptionsBuilder());
    }

    /** -Xmx2g, and on JDK 23 and newer leave for JMH's own use of sun.misc.Unsafe, which that JDK otherwise warns about. */
    private static String[] forkArguments() {
        return Runtime.version().feature() >= 23 ? new String[] {"-Xmx2g", "--sun-misc-unsafe-memory-access=allow"} : new String[] {"-Xmx2g"};
    }

    /** Runs one JMH class in a forked JVM with -Xmx2g; results by method name (and parameters other than the fixed ones). */
    private Map<String, Statistics> jmh(Class<?> benchmark, Map<String, String> params, int warmups, ChainedOptionsBuilder options) throws RunnerException {
        options.include(benchmark.getName() + "\\.").forks(1).warmupIterations(warmups).warmupTime(TimeValue.seconds(2))
                .measurementIterations(reps).measurementTime(TimeValue.seconds(2)).jvmArgsAppend(forkArguments()).verbosity(VerboseMode.SILENT);
        params.forEach(options::param);
        Collection<RunResult> results = new Runner(options.build()).run();
        Map<String, Statistics> out = new TreeMap<>();
        for (RunResult r : results) {
            String method = r.getParams().getBenchmark().substring(benchmark.getName().length() + 1);
            String key = method;
            if (r.getParams().getParamsKeys().contains("documents")) key += " documents=" + r.getParams().getParam("documents");
            out.put(key, r.getPrimaryResult().getStatistics());
        }
        return out;
    }

    private static PrintWriter quiet() {
        return new PrintWriter(Writer.nullWriter());
    }

    /** The table (Markdown), then the per-query details. */
    public String table() {
        StringBuilder b = new StringBuilder("| figure | ours: median [min–max] | baseline, same run | ratio | goal | met |\n|---|---|---|---|---|---|\n");
        for (Figure f : figures) {
            b.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", f.name(), f.ours(), f.baseline(),
                    Double.isNaN(f.ratio()) ? "–" : String.format(Locale.ROOT, "%.2f", f.ratio()), f.goal(), f.met() ? "yes" : "**no**"));
        }
        if (!details.isEmpty()) b.append('\n').append(String.join("\n", details)).append('\n');
        return b.toString();
    }
}
