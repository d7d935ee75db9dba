package org.dfkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dfkg.bench.CorpusGenerator;
import org.dfkg.corpus.CorpusReader;
import org.dfkg.corpus.ReadingLexicon;
import org.dfkg.reference.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write N synthetic plans that recombine real task passages (for scale tests) into a folder under target/; each file's sidecar says synthetic=true. The same seed writes the same files.")
public final class GenerateCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project;

    @Option(names = "--count", defaultValue = "100", description = "How many documents (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--to", description = "Output folder (default: target/synthetic-<count>-<seed>).")
    Path to;

    @Option(names = "--with-seed", description = "Also copy the real plans of the corpus into the folder, so that questions about them (the 2017 Fuzhou plan) have answers at scale.")
    boolean withSeed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (count < 1 || count > 1_000_000) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--count must be 1-1000000");
        var settings = project.settings();
        Path folder = to != null ? to : settings.projectRoot().resolve("target").resolve("synthetic-" + count + "-" + seed);
        var seedCorpus = new CorpusReader(ReadingLexicon.load(settings.lexiconFolder())).read(settings.corpus()).documents();
        var generator = new CorpusGenerator(seedCorpus, ReferenceData.load(settings.referenceFolder()));
        int written = generator.write(folder, count, seed).size();
        spec.commandLine().getOut().println(written + " synthetic documents in " + folder);
        if (withSeed) spec.commandLine().getOut().println(CorpusGenerator.copySeed(settings.corpus(), folder) + " real documents copied beside them");
        spec.commandLine().getOut().flush();
        return 0;
    }
}
