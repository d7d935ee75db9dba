package org.dfkg.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Stage 6: Fuseki main in this process over the database. The dataset is registered read-only
 * (query and Graph Store GET only; {@code add(name, dsg, false)}); SERVICE is off, every query has a
 * timeout, a row cap and bounded expressions ({@link QueryGuard}); CORS allows the configured origins; one log line per request. Beside the endpoint it serves the linked-data pages of every minted IRI, the
 * workbench, full-text search, charts, the dumps and the dataset description.
 */
public final class KnowledgeGraphServer implements AutoCloseable {
    /**
     * Rows a sort or a DISTINCT holds in memory before it spills to disk. ARQ does not look at the
     * cancel flag while it writes a spill, so this also bounds how long a stopped sort keeps running.
     */
    static final long SPILL_THRESHOLD = 10_000;
    /** The share of a heap pool, still in use after a collection, at which the longest-running query is stopped. */
    static final double MEMORY_FRACTION = Double.parseDouble(System.getProperty("dfkg.memoryFraction", "0.6"));

    private final FusekiServer server;
    private final ServerSettings settings;
    private final LiveDataset dataset;
    private final GenerationWatcher watcher;
    private final MemoryWatchdog memory;

    private KnowledgeGraphServer(FusekiServer server, ServerSettings settings, LiveDataset dataset, GenerationWatcher watcher, MemoryWatchdog memory) {
        this.server = server;
        this.settings = settings;
        this.dataset = dataset;
        this.watcher = watcher;
        this.memory = memory;
    }

    /** What every route reads (a transaction on it pins one generation). */
    DatasetGraph dataset() {
        return dataset;
    }

    /** Serves a fixed dataset with the dumps of {@code settings} (tests, and datasets outside a store). */
    public static KnowledgeGraphServer start(DatasetGraph dataset, ServerSettings settings) {
        prepare(dataset, settings);
        return start(new LiveDataset(new LiveDataset.Served("fixed", dataset, settings.dumps())), settings, null);
    }

    /**
     * Serves the published generation of a store and follows it: when a build publishes a newer one,
     * the server switches to it by itself (see {@link GenerationWatcher}).
     */
    public static KnowledgeGraphServer start(java.nio.file.Path store, ServerSettings settings) throws java.io.IOException {
        org.dfkg.store.TdbStore.clearLeftoversIfIdle(store);
        org.dfkg.store.TdbStore.Generation first = org.dfkg.store.TdbStore.openCurrent(store);
        prepare(first.dataset(), settings);
        LiveDataset live = new LiveDataset(new LiveDataset.Served(first.name(), first.dataset(), first.dumps()));
        GenerationWatcher watcher = new GenerationWatcher(store, live, first, g -> prepare(g, settings), settings.queryTimeout());
        KnowledgeGraphServer server = start(live, settings, watcher);
        watcher.start();
        return server;
    }

    /** The query context every served generation gets. */
    private static void prepare(DatasetGraph dataset, ServerSettings settings) {
        // No outbound requests from a query, and every query stops after the timeout.
        dataset.getContext().set(ARQ.httpServiceAllowed, false);
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(settings.queryTimeout().toMillis()));
        // ORDER BY, DISTINCT and GROUP BY over a huge intermediate result spill to disk instead of filling the heap
        // before the timeout can stop them.
        dataset.getContext().set(ARQ.spillToDiskThreshold, SPILL_THRESHOLD);
        QueryGuard.install(dataset.getContext(), settings.maxStringLength());
    }

    private static KnowledgeGraphServer start(LiveDataset dataset, ServerSettings settings, GenerationWatcher watcher) {
        // SERVICE is refused everywhere, for every generation this server will serve.
        ARQ.globalServiceAllowed = false;
        ARQ.getContext().set(ARQ.httpServiceAllowed, false);
        Pages pages = new Pages();
        PrefixMapping prefixes = prefixes(settings);
        EntityServlet entities = new EntityServlet(dataset, settings.iris(), pages, prefixes, settings.datasetName());
        DescriptionServlet description = new DescriptionServlet(new DatasetDescription(dataset, settings.iris(), dataset::dumps, settings.datasetName()));
        String endpointPath = "/" + settings.datasetName() + "/sparql";
        WorkbenchServlet workbench = new WorkbenchServlet(pages, endpointPath, ExampleQueries.read(settings.queries()), dataset, settings.iris(),
                settings.documentsPerPage());
        AnalysisServlet analyses = new AnalysisServlet(dataset, settings.iris(), pages, endpointPath);
        CappedQuery queries = new CappedQuery(settings.maxRows());
        MemoryWatchdog memory = new MemoryWatchdog(MEMORY_FRACTION, () -> queries.stopLongestRunning(
                "Query stopped: the server's memory is nearly full and this query had run longest. Ask for less (LIMIT, fewer groups), or try again later."));
        FusekiServer server = FusekiServer.create()
                .port(settings.port())
                .loopback(settings.loopbackOnly())
                .registerOperation(Operation.Query, queries)
                .add(settings.datasetName(), dataset, false)
                .enableCors(false)
                .verbose(false)
                .addFilter("/*", new RequestLogFilter())
                .addFilter("/*", new HardeningFilter())
                .addFilter("/*", new CorsFilter(settings.corsOrigins()))
                .addServlet("/id/*", entities)
                .addServlet("/page/*", entities)
                .addServlet("/data/*", entities)
                .addServlet("/ontology", entities)
                .addServlet("/ontology/*", entities)
                .addServlet("/graph/*", entities)
                .addServlet("/dataset", entities)
                .addServlet("", workbench)
                .addServlet("/index.html", workbench)
                .addServlet("/webjars/*", new ClasspathServlet("/webjars/", "META-INF/resources/webjars/"))
                .addServlet("/assets/*", new ClasspathServlet("/assets/", "static/"))
                .addServlet("/search", new SearchServlet(dataset, settings.iris(), pages))
                .addServlet("/charts/*", new ChartServlet(dataset, settings.iris()))
                .addServlet("/export/*", analyses)
                .addServlet("/network", analyses)
                .addServlet("/ledger", analyses)
                .addServlet("/dumps/*", new DumpsServlet(dataset::dumps, pages))
                .addServlet("/dumps", new DumpsServlet(dataset::dumps, pages))
                .addServlet("/.well-known/void", description)
                .addFilter(endpointPath, description)
                // Every route of the dataset (/dfkg, /dfkg/, /dfkg/sparql, /dfkg/query …; "/x/*" matches "/x" too), GET and POST.
                .addFilter("/" + settings.datasetName() + "/*", new BoundedQueryFilter(settings.maxRequestBytes(), settings.maxResponseBytes()))
                .build()
                .start();
        return new KnowledgeGraphServer(server, settings, dataset, watcher, memory);
    }

    static PrefixMapping prefixes(ServerSettings settings) {
        return PrefixMapping.Factory.create().setNsPrefixes(org.dfkg.vocab.Prefixes.STANDARD)
                .setNsPrefix("id", settings.iris().base() + "id/")
                .lock();
    }

    public int port() {
        return server.getHttpPort();
    }

    /** The SPARQL endpoint, named for localhost as users type it. */
    public String sparqlEndpoint() {
        return "http://localhost:" + port() + "/" + settings.datasetName() + "/sparql";
    }

    /** The server's root, where the workbench is. */
    public String root() {
        return "http://localhost:" + port() + "/";
    }

    public void join() {
        server.join();
    }

    @Override
    public void close() {
        if (watcher != null) watcher.close();
        memory.close();
        server.stop();
    }

    /** The name of the generation served now ("fixed" for a dataset outside a store). */
    public String generation() {
        return watcher == null ? "fixed" : watcher.current();
    }
}
