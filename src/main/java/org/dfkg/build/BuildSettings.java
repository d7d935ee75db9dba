package org.dfkg.build;

import java.nio.file.Path;
import org.dfkg.rdf.IriScheme;

/**
 * Where a build reads and writes, made once by the command line and passed down.
 *
 * @param projectRoot the folder holding {@code ontology/} and {@code data/reference/}
 * @param corpus      the folder of source texts
 * @param database    the TDB2 folder that a conforming build replaces
 * @param outputs     where dumps and the validation report go
 */
public record BuildSettings(Path projectRoot, Path corpus, Path database, Path outputs, IriScheme iris) {
    public Path ontologyFile() {
        return projectRoot.resolve("ontology").resolve("dfkg.ttl");
    }

    public Path shapesFile() {
        return projectRoot.resolve("ontology").resolve("shapes.ttl");
    }

    public Path referenceFolder() {
        return projectRoot.resolve("data").resolve("reference");
    }

    public Path dumpsFolder() {
        return outputs.resolve("dumps");
    }

    public Path reportFile() {
        return outputs.resolve("validation-report.ttl");
    }

    public static BuildSettings defaults(Path projectRoot) {
        Path target = projectRoot.resolve("target");
        return new BuildSettings(projectRoot, projectRoot.resolve("data").resolve("corpus"),
                target.resolve("dfkg-db"), target.resolve("dfkg"), IriScheme.standard());
    }

    public BuildSettings withCorpus(Path corpus) {
        return new BuildSettings(projectRoot, corpus, database, outputs, iris);
    }

    public BuildSettings withDatabase(Path database) {
        return new BuildSettings(projectRoot, corpus, database, outputs, iris);
    }

    public BuildSettings withOutputs(Path outputs) {
        return new BuildSettings(projectRoot, corpus, database, outputs, iris);
    }

    public BuildSettings withIris(IriScheme iris) {
        return new BuildSettings(projectRoot, corpus, database, outputs, iris);
    }
}
