package org.dfkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dfkg.bench.Bench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures each performance figure next to its baseline in the same run (medians over --reps repetitions after a warm-up, with min and max):",
                "extraction vs HanLP standard segmentation (JMH), a cold-JVM build of the seed corpus vs a JVM loading HanLP, our TDB2 load vs Jena's parallel bulk loader,",
                "SHACL triples per second at growing sizes (JMH), and every queries/*.rq over HTTP vs a bare embedded Fuseki on the same database.",
                "Prints a Markdown table and writes it to <work>/bench.md. Run it on a quiet machine; it takes several minutes."})
public final class BenchCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project;

    @Option(names = "--reps", defaultValue = "5", description = "Measured repetitions of each figure, after one warm-up (default: ${DEFAULT-VALUE}).")
    int reps;

    @Option(names = "--only", split = ",", description = "Only these parts: ${COMPLETION-CANDIDATES} (default: all).")
    List<Bench.Part> only;

    @Option(names = "--documents", defaultValue = "200", description = "Generated documents for the load and SHACL figures (default: ${DEFAULT-VALUE}).")
    int documents;

    @Option(names = "--clients", defaultValue = "8", description = "Concurrent clients in the query part; 0 for sequential only (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--work", description = "Scratch folder for generated corpora and databases (default: target/bench).")
    Path work;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (reps < 1 || reps > 100) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--reps must be 1-100");
        if (clients < 0 || clients > 64) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--clients must be 0-64");
        if (documents < 8 || documents > 100_000) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--documents must be 8-100000");
        var settings = project.settings();
        Path folder = work != null ? work : settings.projectRoot().resolve("target").resolve("bench");
        Files.createDirectories(folder);
        var err = spec.commandLine().getErr();
        // --db names the database the query part runs on; without it the run builds the seed corpus afresh.
        Bench bench = new Bench(settings, folder, reps, clients, project.database == null ? null : settings.database(), err);
        Set<Bench.Part> parts = only == null || only.isEmpty() ? EnumSet.allOf(Bench.Part.class) : EnumSet.copyOf(only);
        for (Bench.Part part : parts) bench.run(part, documents);
        String table = bench.table();
        String header = String.format("machine: %d cores, %s, Java %s; heap of the measuring JVM %d MiB; reps %d%n%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, reps);
        Files.writeString(folder.resolve("bench.md"), header + table);
        var out = spec.commandLine().getOut();
        out.print(header + table);
        long met = bench.figures().stream().filter(Bench.Figure::met).count();
        out.printf("%ngoals met: %d of %d%n", met, bench.figures().size());
        out.flush();
        return 0;
    }
}
