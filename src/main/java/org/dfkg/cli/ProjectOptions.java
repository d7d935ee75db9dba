package org.dfkg.cli;

import java.nio.file.Path;
import java.util.List;
import org.dfkg.pipeline.BuildSettings;
import org.dfkg.rdf.IriScheme;
import picocli.CommandLine.Option;

/** Options every command shares: where the project, the corpus and the outputs are. */
public final class ProjectOptions {
    @Option(names = "--project", description = "Project folder with ontology/ and data/ (default: $DFKG_HOME or the current folder).")
    Path project;

    @Option(names = "--corpus", split = ",", description = "Folder of source texts (default: data/corpus); repeat it, or separate folders with commas, to read several folders as one corpus.")
    List<Path> corpus;

    @Option(names = "--db", description = "The store: generations of the database, text index and dumps, and CURRENT naming the published one (default: target/dfkg-db).")
    Path database;

    @Option(names = "--out", description = "Folder for the validation report (default: target/dfkg).")
    Path outputs;

    @Option(names = "--base", description = "Base of minted IRIs (default: ${DEFAULT-VALUE}).", defaultValue = IriScheme.DEFAULT_BASE)
    String base;

    BuildSettings settings() {
        Path root = project != null ? project : System.getenv("DFKG_HOME") != null ? Path.of(System.getenv("DFKG_HOME")) : Path.of(".");
        BuildSettings s = BuildSettings.defaults(root.toAbsolutePath().normalize()).withIris(new IriScheme(base));
        if (corpus != null && !corpus.isEmpty()) s = s.withCorpora(corpus.stream().map(Path::toAbsolutePath).toList());
        if (database != null) s = s.withDatabase(database.toAbsolutePath());
        if (outputs != null) s = s.withOutputs(outputs.toAbsolutePath());
        return s;
    }

    /** Serving this project's build: its base IRIs, dumps and example queries, with the default limits. */
    org.dfkg.serve.ServerSettings serverSettings(int port, String datasetName, boolean loopbackOnly) {
        BuildSettings s = settings();
        return new org.dfkg.serve.ServerSettings(port, datasetName, loopbackOnly, s.iris(), s.dumpsFolder(), s.projectRoot().resolve("queries"));
    }
}
