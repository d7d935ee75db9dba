package org.dfkg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.dfkg.pipeline.BuildResult;
import org.dfkg.pipeline.WarningSummary;
import org.dfkg.pipeline.KnowledgeGraphBuilder;
import org.dfkg.extract.ExtractedDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Read the corpus, build the graph, validate it, and publish the TDB2 database and dumps if it conforms. Exit 0 when published, 1 when it does not conform.")
public final class BuildCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project;

    @picocli.CommandLine.Option(names = "--streaming", description = {"Stream documents through the stages on every core and bulk-load the result: for corpora too large to hold in memory.",
            "Publishes the database and the N-Quads dump (no TriG or JSON-LD)."})
    boolean streaming;

    @picocli.CommandLine.Option(names = "--threads", description = "Documents built at once (default: the number of cores); the graph is the same on any number.")
    Integer threads;

    @picocli.CommandLine.Option(names = "--keep-going", description = {"When some documents' facts do not conform, publish the documents that do and list the others with the reasons.",
            "The exit code is still 1. Without it (the default, for CI) a graph that does not conform publishes nothing."})
    boolean keepGoing;

    @picocli.CommandLine.Option(names = {"-v", "--verbose"}, description = "List every warning; by default a file's warnings are counted and the first few shown.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (streaming && keepGoing) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--keep-going is not available with --streaming");
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (streaming) return new org.dfkg.pipeline.StreamingBuilder(project.settings(), n, spec.commandLine().getOut()).build() ? 0 : 1;
        BuildResult result = new KnowledgeGraphBuilder(project.settings(), keepGoing, n).build();
        report(spec.commandLine().getOut(), spec.commandLine().getErr(), result, project.settings().reportFile().toString(), verbose);
        return result.succeeded() ? 0 : 1;
    }

    static void report(PrintWriter out, PrintWriter err, BuildResult result, String reportFile) {
        report(out, err, result, reportFile, false);
    }

    static void report(PrintWriter out, PrintWriter err, BuildResult result, String reportFile, boolean verbose) {
        for (String r : result.rejected()) err.println("rejected: " + r);
        WarningSummary.lines(result.warnings(), verbose).forEach(err::println);
        for (ExtractedDocument d : result.documents()) {
            long assignments = d.tasks().stream().mapToLong(t -> t.assignments().size()).sum();
            long technologies = d.tasks().stream().mapToLong(t -> t.technologies().size()).sum();
            var dedup = d.source().structure().deduplication();
            out.printf("%-24s %4d tasks %4d assignments %4d technology mentions %4d figures; %d repeated sentences (%d characters) dropped%n",
                    d.source().id(), d.tasks().size(), assignments, technologies, d.figures().size(), dedup.sentencesDropped(), dedup.charactersDropped());
        }
        ValidateCommand.printValidation(out, result.validation(), reportFile);
        for (String e : result.excluded()) out.println("left out (does not conform): " + e);
        if (!result.published()) out.println("not published: the graph does not conform");
        else if (!result.excluded().isEmpty()) out.println("published " + result.documents().size() + " documents; " + result.excluded().size() + " left out");
        else out.println("published");
        out.flush();
    }
}
