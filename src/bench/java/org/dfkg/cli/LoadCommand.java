package org.dfkg.cli;

import java.util.concurrent.Callable;
import org.dfkg.bench.LoadRun;
import org.dfkg.pipeline.BuildResult;
import org.dfkg.pipeline.PublishedStore;
import org.dfkg.serve.KnowledgeGraphServer;
import org.dfkg.serve.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load test: N concurrent clients on 127.0.0.1 run the queries of queries/ in turn, with a pathological cross product mixed in, for M seconds.",
                "Prints throughput, p50 and p99 latency and errors of the normal queries, how the pathological ones ended, and the server's peak heap.",
                "Without --endpoint it serves the published database (building it if there is none) in this JVM, so its heap can be watched."})
public final class LoadCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project;

    @Option(names = "--clients", defaultValue = "16", description = "Concurrent clients, 1-256 (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", defaultValue = "60", description = "Duration, 1-3600 s (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--pathological-every", defaultValue = "20", description = "Every n-th request of a client is the pathological query; 0 for none (default: ${DEFAULT-VALUE}).")
    int pathologicalEvery;

    @Option(names = "--no-attackers",
            description = "Leave out the attackers: by default, beside the clients, one attacker per kind of attack (timeouts, REGEX, string bombs, deep and large queries, bad Accept) sends it again and again.")
    boolean noAttackers;

    @Option(names = "--endpoint", description = "Load an endpoint that is already running instead.")
    String endpoint;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var settings = project.settings();
        var queries = LoadRun.queries(settings.projectRoot().resolve("queries"));
        var out = spec.commandLine().getOut();
        if (endpoint != null) {
            out.println(LoadRun.run(endpoint, queries, clients, seconds, pathologicalEvery, false, !noAttackers).text());
            out.flush();
            return 0;
        }
        BuildResult result = PublishedStore.ensure(settings, PublishedStore.Policy.BUILD_IF_MISSING);
        if (result != null && !result.published()) return 1;
        ServerSettings serving = project.serverSettings(0, "dfkg", true);
        try (KnowledgeGraphServer server = KnowledgeGraphServer.start(settings.database(), serving)) {
            out.println("loading " + server.sparqlEndpoint() + " (timeout " + serving.queryTimeout().toSeconds() + " s, row cap " + serving.maxRows() + ")");
            out.println(LoadRun.run(server.sparqlEndpoint(), queries, clients, seconds, pathologicalEvery, true, !noAttackers).text());
            out.flush();
        }
        return 0;
    }
}
