package org.dfkg.cli;

import java.util.concurrent.Callable;
import org.dfkg.pipeline.BuildResult;
import org.dfkg.pipeline.PublishedStore;
import org.dfkg.store.TdbStore;
import org.dfkg.serve.KnowledgeGraphServer;
import org.dfkg.serve.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Build the graph from the corpus (unless --no-build), then serve it read-only with Fuseki.",
                "The server follows the store: a later ./dfkg build is served as soon as it is published.",
                "Exit 2 when the database is in use, read-only or differs from what its build wrote."})
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port; 0 takes any free port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--dataset", defaultValue = "dfkg", description = "Dataset name in the endpoint's path (default: ${DEFAULT-VALUE}).")
    String dataset;

    @Option(names = "--no-build", description = "Serve the existing database without rebuilding it.")
    boolean noBuild;

    @Option(names = "--public", description = "Listen on every network interface, not only on the loopback one.")
    boolean everyInterface;

    @Option(names = "--timeout", defaultValue = "" + ServerSettings.DEFAULT_TIMEOUT_SECONDS, paramLabel = "SECONDS",
            description = "Stop any query that runs longer than this, with HTTP 503 (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--max-rows", defaultValue = "" + ServerSettings.DEFAULT_MAX_ROWS, paramLabel = "N",
            description = "A query with no LIMIT, or a larger one, returns at most N rows (default: ${DEFAULT-VALUE}).")
    int maxRows;

    @Option(names = "--max-body", defaultValue = "" + ServerSettings.DEFAULT_MAX_REQUEST_BYTES, paramLabel = "BYTES",
            description = "A query whose body or query string is larger gets HTTP 413 before it is parsed (default: ${DEFAULT-VALUE}).")
    int maxBody;

    @Option(names = "--max-string", defaultValue = "" + ServerSettings.DEFAULT_MAX_STRING_LENGTH, paramLabel = "CHARS",
            description = "A query whose REPLACE, CONCAT or GROUP_CONCAT would build a longer string gets HTTP 422 (default: ${DEFAULT-VALUE}).")
    int maxString;

    @Option(names = "--max-response", defaultValue = "" + ServerSettings.DEFAULT_MAX_RESPONSE_BYTES, paramLabel = "BYTES",
            description = "A query whose result is larger gets HTTP 422 (default: ${DEFAULT-VALUE}, 32 MiB).")
    long maxResponse;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN", split = ",",
            description = "Browser origins allowed to call the endpoint, e.g. https://example.org; repeat or separate with commas. Default: any origin (*).")
    java.util.List<String> corsOrigins;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var settings = project.settings();
        BuildResult result = PublishedStore.ensure(settings, noBuild ? PublishedStore.Policy.EXISTING : PublishedStore.Policy.REBUILD);
        if (result != null) {
            BuildCommand.report(spec.commandLine().getOut(), spec.commandLine().getErr(), result, settings.reportFile().toString());
            if (!result.published()) return 1;
        }
        ServerSettings serving = project.serverSettings(port, dataset, !everyInterface)
                .withLimits(java.time.Duration.ofMillis(Math.round(timeoutSeconds * 1000)), maxRows)
                .withMaxRequestBytes(maxBody)
                .withResultLimits(maxString, maxResponse)
                .withCorsOrigins(corsOrigins == null || corsOrigins.isEmpty() ? java.util.List.of("*") : corsOrigins);
        KnowledgeGraphServer server;
        try {
            server = KnowledgeGraphServer.start(settings.database(), serving);
        } catch (java.io.IOException refused) {
            // Never serve a database that is in use, read-only or differs from what its build wrote; never build with --no-build.
            spec.commandLine().getErr().println("serve: " + refused.getMessage() + "; not serving."
                    + (noBuild && !(refused instanceof TdbStore.InUseException) ? " Run ./dfkg serve without --no-build to build it again." : ""));
            spec.commandLine().getErr().flush();
            return 2;
        }
        spec.commandLine().getOut().println("SPARQL endpoint: " + server.sparqlEndpoint() + " (" + server.generation() + ")");
        spec.commandLine().getOut().flush();
        server.join();
        return 0;
    }
}
