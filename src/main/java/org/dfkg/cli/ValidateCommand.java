package org.dfkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.dfkg.pipeline.BuildResult;
import org.dfkg.pipeline.KnowledgeGraphBuilder;
import org.dfkg.pipeline.ValidationReportWriter;
import org.dfkg.validate.Finding;
import org.dfkg.validate.GraphValidator;
import org.dfkg.validate.ValidationOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate with SHACL: the graph built from the corpus (default) or an RDF file (--data). Exit 0 when it conforms, 1 when it does not, 2 on bad input.")
public final class ValidateCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project;

    @Option(names = "--data", description = "Validate this RDF file (TriG, N-Quads, Turtle …) instead of building from the corpus.")
    Path data;

    @Option(names = "--report", description = "Where to write the full SHACL report as Turtle (default: target/dfkg/validation-report.ttl).")
    Path report;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var settings = project.settings();
        Path reportFile = report != null ? report : settings.reportFile();
        ValidationOutcome outcome;
        if (data != null) {
            Graph union = GraphFactory.createDefaultGraph();
            try {
                // The command names the file and the error itself; riot's own log line would say it twice.
                DatasetGraph dsg = org.apache.jena.riot.RDFParser.source(data).errorHandler(org.apache.jena.riot.system.ErrorHandlerFactory.errorHandlerStrictNoLogging).toDatasetGraph();
                dsg.find().forEachRemaining(q -> union.add(q.asTriple()));
            } catch (RiotException e) {
                spec.commandLine().getErr().println(data + ": not readable RDF (" + e.getMessage() + ")");
                return 2;
            }
            outcome = new GraphValidator(settings.shapesFile()).validate(union);
        } else {
            BuildResult result = new KnowledgeGraphBuilder(settings).assemble();
            for (String r : result.rejected()) spec.commandLine().getErr().println("rejected: " + r);
            outcome = result.validation();
        }
        ValidationReportWriter.write(outcome, reportFile);
        printValidation(spec.commandLine().getOut(), outcome, reportFile.toString());
        return outcome.conforms() ? 0 : 1;
    }

    static void printValidation(PrintWriter out, ValidationOutcome outcome, String reportFile) {
        if (outcome.conforms()) {
            out.printf("SHACL: conforms (%d triples validated); report: %s%n", outcome.triplesValidated(), reportFile);
            return;
        }
        out.printf("SHACL: %d violations (%d triples validated); full report: %s%n", outcome.findings().size(), outcome.triplesValidated(), reportFile);
        int shown = 0;
        for (Finding f : outcome.findings()) {
            if (shown++ == 50) {
                out.println("  … " + (outcome.findings().size() - 50) + " more in the report");
                break;
            }
            out.println("  " + f.summaryLine());
        }
        out.flush();
    }
}
