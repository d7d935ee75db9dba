package org.dfkg.cli;

import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.dfkg.build.BuildResult;
import org.dfkg.build.KnowledgeGraphBuilder;
import org.dfkg.build.TdbStore;
import org.dfkg.serve.KnowledgeGraphServer;
import org.dfkg.serve.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build the graph from the corpus (unless --no-build), then serve it read-only with Fuseki.")
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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var settings = project.settings();
        if (!noBuild) {
            BuildResult result = new KnowledgeGraphBuilder(settings).build();
            BuildCommand.report(spec.commandLine().getOut(), spec.commandLine().getErr(), result, settings.reportFile().toString());
            if (!result.published()) return 1;
        }
        DatasetGraph dsg = TdbStore.open(settings.database());
        KnowledgeGraphServer server = KnowledgeGraphServer.start(dsg, new ServerSettings(port, dataset, !everyInterface, settings.iris(), settings.dumpsFolder(), settings.projectRoot().resolve("queries")));
        spec.commandLine().getOut().println("SPARQL endpoint: " + server.sparqlEndpoint());
        spec.commandLine().getOut().flush();
        server.join();
        return 0;
    }
}
