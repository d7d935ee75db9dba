package org.dfkg.bench;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dfkg.pipeline.BuildSettings;
import org.dfkg.corpus.CorpusException;
import org.dfkg.corpus.CorpusReader;
import org.dfkg.corpus.ReadingLexicon;
import org.dfkg.extract.ExtractionLexicon;
import org.dfkg.extract.Extractor;
import org.dfkg.reference.ReferenceData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Extraction against its baseline over the same texts: one operation reads, normalises and
 * extracts every file of a corpus into records ({@link #extract}), or segments each file's text
 * once with HanLP's standard segmenter ({@link #segmentOnly}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExtractionBenchmark {
    /** The project folder; the corpus is {@link #corpus}, or the project's data/corpus when empty. */
    @Param("")
    public String project;

    @Param("")
    public String corpus;

    private List<Path> files;
    private List<String> texts;
    private CorpusReader reader;
    private Extractor extractor;
    private Segment standard;

    @Setup
    public void setUp() throws IOException, CorpusException {
        BuildSettings settings = BuildSettings.defaults(Path.of(project));
        files = CorpusReader.files(corpus.isEmpty() ? settings.corpus() : Path.of(corpus));
        reader = new CorpusReader(ReadingLexicon.load(settings.lexiconFolder()));
        extractor = new Extractor(ReferenceData.load(settings.referenceFolder()), ExtractionLexicon.load(settings.lexiconFolder()));
        standard = HanLP.newSegment();
        texts = new ArrayList<>();
        for (Path f : files) texts.add(reader.readOne(f).matchText());
    }

    @Benchmark
    public void extract(Blackhole sink) throws CorpusException {
        for (Path f : files) sink.consume(extractor.extract(reader.readOne(f)));
    }

    @Benchmark
    public void segmentOnly(Blackhole sink) {
        for (String t : texts) sink.consume(standard.seg(t));
    }

    /** Characters of normalised text one operation covers. */
    public static long characters(Path corpus, Path lexiconFolder) throws IOException, CorpusException {
        CorpusReader reader = new CorpusReader(ReadingLexicon.load(lexiconFolder));
        long n = 0;
        for (Path f : CorpusReader.files(corpus)) n += reader.readOne(f).matchText().length();
        return n;
    }
}
