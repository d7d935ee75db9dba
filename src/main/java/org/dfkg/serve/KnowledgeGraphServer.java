package org.dfkg.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Stage 6: Fuseki main in this process over the database. The dataset is registered read-only
 * (query and Graph Store GET only; {@code add(name, dsg, false)}), with CORS on and one log line
 * per request.
 */
public final class KnowledgeGraphServer implements AutoCloseable {
    private final FusekiServer server;
    private final ServerSettings settings;

    private KnowledgeGraphServer(FusekiServer server, ServerSettings settings) {
        this.server = server;
        this.settings = settings;
    }

    public static KnowledgeGraphServer start(DatasetGraph dataset, ServerSettings settings) {
        FusekiServer server = FusekiServer.create()
                .port(settings.port())
                .loopback(settings.loopbackOnly())
                .add(settings.datasetName(), dataset, false)
                .enableCors(true, null)
                .verbose(false)
                .addFilter("/*", new RequestLogFilter())
                .build()
                .start();
        return new KnowledgeGraphServer(server, settings);
    }

    public int port() {
        return server.getHttpPort();
    }

    /** The SPARQL endpoint, named for localhost as users type it. */
    public String sparqlEndpoint() {
        return "http://localhost:" + port() + "/" + settings.datasetName() + "/sparql";
    }

    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }
}
