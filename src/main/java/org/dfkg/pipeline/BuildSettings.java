package org.dfkg.pipeline;

import org.dfkg.store.TdbStore;

import java.nio.file.Path;
import java.util.List;
import org.dfkg.rdf.IriScheme;

/**
 * Where a build reads and writes, made once by the command line and passed down.
 *
 * @param projectRoot the folder holding {@code ontology/} and {@code data/reference/}
 * @param corpora     the folders of source texts, read together as one corpus
 * @param database    the store a conforming build publishes a new generation into (see {@link TdbStore})
 * @param outputs     where the validation report goes
 */
public record BuildSettings(Path projectRoot, List<Path> corpora, Path database, Path outputs, IriScheme iris) {
    public BuildSettings {
        corpora = List.copyOf(corpora);
        if (corpora.isEmpty()) throw new IllegalArgumentException("a build needs at least one corpus folder");
    }

    /** The first corpus folder: where a command that takes one folder (generate, bench) reads. */
    public Path corpus() {
        return corpora.getFirst();
    }

    /** The project's own seed corpus. */
    public Path seedCorpus() {
        return projectRoot.resolve("data").resolve("corpus");
    }

    /** Word lists the readers use (data/lexicon/). */
    public Path lexiconFolder() {
        return projectRoot.resolve("data").resolve("lexicon");
    }

    public Path ontologyFile() {
        return projectRoot.resolve("ontology").resolve("dfkg.ttl");
    }

    public Path shapesFile() {
        return projectRoot.resolve("ontology").resolve("shapes.ttl");
    }

    public Path referenceFolder() {
        return projectRoot.resolve("data").resolve("reference");
    }

    /** The dumps of the published generation (a folder that does not exist before the first build). */
    public Path dumpsFolder() {
        try {
            return TdbStore.currentDumps(database());
        } catch (java.io.IOException notBuiltYet) {
            return database().toAbsolutePath().normalize().resolve(TdbStore.DUMPS);
        }
    }

    public Path reportFile() {
        return outputs.resolve("validation-report.ttl");
    }

    public static BuildSettings defaults(Path projectRoot) {
        Path target = projectRoot.resolve("target");
        return new BuildSettings(projectRoot, List.of(projectRoot.resolve("data").resolve("corpus")),
                target.resolve("dfkg-db"), target.resolve("dfkg"), IriScheme.standard());
    }

    public BuildSettings withCorpus(Path corpus) {
        return withCorpora(List.of(corpus));
    }

    public BuildSettings withCorpora(List<Path> corpora) {
        return new BuildSettings(projectRoot, corpora, database, outputs, iris);
    }

    public BuildSettings withDatabase(Path database) {
        return new BuildSettings(projectRoot, corpora, database, outputs, iris);
    }

    public BuildSettings withOutputs(Path outputs) {
        return new BuildSettings(projectRoot, corpora, database, outputs, iris);
    }

    public BuildSettings withIris(IriScheme iris) {
        return new BuildSettings(projectRoot, corpora, database, outputs, iris);
    }
}
