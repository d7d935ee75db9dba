package org.dfkg.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.dfkg.pipeline.BuildSettings;
import org.dfkg.corpus.CorpusException;
import org.dfkg.corpus.CorpusReader;
import org.dfkg.corpus.ReadingLexicon;
import org.dfkg.corpus.SourceDocument;
import org.dfkg.extract.ExtractionLexicon;
import org.dfkg.extract.Extractor;
import org.dfkg.rdf.CorpusCatalogue;
import org.dfkg.rdf.DocumentMapper;
import org.dfkg.rdf.ReferenceMapper;
import org.dfkg.reference.ReferenceData;
import org.dfkg.validate.GraphValidator;
import org.dfkg.validate.ValidationOutcome;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * SHACL validation of one graph holding the ontology, the reference data and the graphs of the
 * first {@link #documents} files of a corpus, so that triples per second can be compared across
 * sizes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ShaclBenchmark {
    @Param("")
    public String project;

    @Param("")
    public String corpus;

    @Param({"25", "50", "100", "200"})
    public int documents;

    /** A folder where each size writes how many triples its graph has (read by {@link Bench}); none when empty. */
    @Param("")
    public String report;

    private GraphValidator validator;
    private Graph graph;

    @Setup
    public void setUp() throws IOException {
        graph = graph(Path.of(project), Path.of(corpus), documents);
        validator = new GraphValidator(BuildSettings.defaults(Path.of(project)).shapesFile());
        if (!report.isEmpty()) java.nio.file.Files.writeString(Path.of(report).resolve(triplesFile(documents)), Long.toString(graph.size()));
    }

    static String triplesFile(int documents) {
        return "shacl-triples-" + documents + ".txt";
    }

    @Benchmark
    public ValidationOutcome validate() {
        return validator.validate(graph);
    }

    static Graph graph(Path project, Path corpus, int documents) throws IOException {
        BuildSettings settings = BuildSettings.defaults(project);
        ReferenceData reference = ReferenceData.load(settings.referenceFolder());
        DocumentMapper mapper = new DocumentMapper(settings.iris(), reference);
        Extractor extractor = new Extractor(reference, ExtractionLexicon.load(settings.lexiconFolder()));
        CorpusReader reader = new CorpusReader(ReadingLexicon.load(settings.lexiconFolder()));
        Graph g = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(g, settings.ontologyFile().toString());
        new ReferenceMapper(settings.iris(), reference).referenceModel().getGraph().find().forEachRemaining(g::add);
        List<Path> files = CorpusReader.files(corpus);
        CorpusCatalogue catalogue = new CorpusCatalogue(List.of());
        for (Path f : files.subList(0, Math.min(documents, files.size()))) {
            try {
                SourceDocument doc = reader.readOne(f);
                mapper.documentModel(extractor.extract(doc), catalogue).getGraph().find().forEachRemaining(g::add);
            } catch (CorpusException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
        return g;
    }
}
