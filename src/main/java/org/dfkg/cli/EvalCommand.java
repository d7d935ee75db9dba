package org.dfkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dfkg.pipeline.BuildResult;
import org.dfkg.pipeline.PublishedStore;
import org.dfkg.eval.Evaluator;
import org.dfkg.eval.Score;
import org.dfkg.serve.KnowledgeGraphServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score the served graph against gold TSV files with the scoring queries of queries/eval/. Without --endpoint it builds the graph and serves it on a free loopback port first.")
public final class EvalCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project;

    @Option(names = "--endpoint", description = "SPARQL endpoint to score, e.g. http://localhost:3030/dfkg/sparql.")
    String endpoint;

    @Option(names = "--gold", defaultValue = "../shared/gold", description = "Folder of gold TSV files (default: ${DEFAULT-VALUE}).")
    Path gold;

    @Option(names = "--queries", description = "Folder of the scoring queries (default: queries/eval).")
    Path queries;

    @Option(names = {"-v", "--verbose"}, description = "List what was missed and what was extra.")
    boolean verbose;

    @Option(names = "--no-seeds", description = "With --corpus, build only the folders given; by default the seed corpus (data/corpus) is built with them, as researchers add documents to it.")
    boolean noSeeds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var settings = project.settings();
        if (project.corpus != null && !noSeeds && !settings.corpora().contains(settings.seedCorpus().toAbsolutePath().normalize())) {
            java.util.List<Path> withSeeds = new java.util.ArrayList<>();
            withSeeds.add(settings.seedCorpus());
            withSeeds.addAll(settings.corpora());
            settings = settings.withCorpora(withSeeds);
        }
        Path queryFolder = queries != null ? queries : settings.projectRoot().resolve("queries").resolve("eval");
        if (endpoint != null) return score(endpoint, queryFolder);
        spec.commandLine().getErr().println("eval: building " + settings.corpora());
        BuildResult result = PublishedStore.ensure(settings, PublishedStore.Policy.REBUILD);
        if (!result.published()) {
            BuildCommand.report(spec.commandLine().getOut(), spec.commandLine().getErr(), result, settings.reportFile().toString());
            return 1;
        }
        try (KnowledgeGraphServer server = KnowledgeGraphServer.start(settings.database(), project.serverSettings(0, "dfkg", true))) {
            spec.commandLine().getErr().println("eval: " + result.documents().size() + " documents served at " + server.sparqlEndpoint());
            return score(server.sparqlEndpoint(), queryFolder);
        }
    }

    private int score(String url, Path queryFolder) throws Exception {
        Evaluator evaluator = new Evaluator(url, queryFolder, gold);
        List<Score> scores = evaluator.run();
        var out = spec.commandLine().getOut();
        if (verbose) evaluator.details().forEach(out::println);
        double min = 1;
        for (Score s : scores) {
            out.println(s.line());
            min = Math.min(min, s.name().equals("threads") ? s.recall() : s.f1());
        }
        out.printf("overall min=%.3f%n", scores.isEmpty() ? 0 : min);
        out.flush();
        return 0;
    }
}
