package org.dfkg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dfkg.pipeline.BuildResult;
import org.dfkg.pipeline.BuildSettings;
import org.dfkg.pipeline.KnowledgeGraphBuilder;
import org.dfkg.store.TdbStore;
import org.dfkg.serve.KnowledgeGraphServer;
import org.dfkg.serve.ServerSettings;

/**
 * The seed corpus built once per test JVM: in memory, published to a real TDB2 database in a
 * temporary folder, and served by a real Fuseki on a free loopback port.
 */
public final class BuiltGraph {
    private static BuildResult published;
    private static BuildSettings settings;
    private static KnowledgeGraphServer server;

    private BuiltGraph() {}

    public static Path projectRoot() {
        return Path.of("").toAbsolutePath();
    }

    public static synchronized BuildSettings settings() {
        if (settings == null) {
            try {
                Path tmp = Files.createTempDirectory("dfkg-test-");
                settings = BuildSettings.defaults(projectRoot()).withDatabase(tmp.resolve("db")).withOutputs(tmp.resolve("out"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return settings;
    }

    public static synchronized BuildResult result() {
        if (published == null) {
            try {
                published = new KnowledgeGraphBuilder(settings()).build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!published.published()) {
                throw new IllegalStateException("seed corpus does not conform: " + published.validation().findings());
            }
        }
        return published;
    }

    public static synchronized String endpoint() {
        if (server == null) {
            result();
            try {
                server = KnowledgeGraphServer.start(TdbStore.open(settings().database()), new ServerSettings(0, "dfkg", true, settings().iris(), settings().dumpsFolder(), projectRoot().resolve("queries")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server.sparqlEndpoint();
    }

    /** The root of the served site, where the workbench and the linked-data pages are. */
    public static synchronized String root() {
        endpoint();
        return server.root();
    }
}
