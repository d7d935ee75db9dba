package org.dfkg.extract;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.dfkg.Lexicons;
import org.dfkg.text.ChineseNumerals;
import org.dfkg.corpus.CorpusException;
import org.dfkg.corpus.MarkerKind;
import org.dfkg.corpus.MetadataExtractor;
import org.dfkg.corpus.Section;
import org.dfkg.corpus.SectionKind;
import org.dfkg.corpus.Sentence;
import org.dfkg.corpus.SourceDocument;
import org.dfkg.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/**
 * Coverage-guided fuzzing of the reader with Jazzer: the parsers and the whole reader never throw
 * on odd input, never take long, and every span they return lies inside the text and quotes it.
 * Each {@code @FuzzTest} takes UTF-8 bytes and runs its committed inputs ({@code src/test/resources/org/dfkg/extract/
 * ParserFuzzTestInputs/<method>/}) as regression tests in every build; {@code JAZZER_FUZZ=1 ./mvnw
 * test -Dtest=ParserFuzzTest} fuzzes, and writes an input that fails into that folder, to be
 * committed once fixed. A seeded random walk over the parsers' alphabet runs as a plain test too.
 */
class ParserFuzzTest {
    private static final Duration BOUND = Duration.ofSeconds(5);
    private static final ResponsibilityClauseParser CLAUSES = new ResponsibilityClauseParser(Lexicons.reading().roleWords(), Lexicons.extraction().nameEndings(), w -> Set.of("福州", "厦门", "福建").contains(w));
    private static final ReferenceData REFERENCE = ReferenceData.load(Path.of("data/reference"));
    private static final org.dfkg.corpus.TextNormaliser NORMALISER = Lexicons.normaliser();
    private static final List<String> LABELS = REFERENCE.technologies().stream().flatMap(c -> c.detectableLabels().stream()).toList();
    private static final String ALPHABET = "（）()[]［］【】〔〕《》“”、，,；;：:。负责牵头配合责任单位省市县区数字办厅局委公司政府各有关部门等福州厦门福建"
            + "0123456789.%万亿千年底末至到以上超过达到左右不少于提高十二五〇一三四六七八九月日号 \n标题发文机关成文日期•數區hui(ū)—G";

    private static Sentence sentence(String text) {
        return new Sentence(0, 0, text.length(), text, text, MarkerKind.NONE, "");
    }

    private static void clauseParserSurvives(String text) {
        assertTimeoutPreemptively(BOUND, () -> {
            for (ResponsibilityClauseParser.Clause c : CLAUSES.findClauses(text)) {
                assertTrue(c.contentStart() >= 0 && c.contentEnd() <= text.length() && c.contentStart() <= c.contentEnd(), text);
                for (ResponsibilityClauseParser.Item i : c.items()) {
                    assertTrue(i.start() >= 0 && i.end() <= text.length() && !i.name().isEmpty() && !i.roles().isEmpty(), text);
                }
            }
        });
    }

    private static void figureReaderSurvives(String text) {
        Section tasks = new Section("s1", "root", SectionKind.HEADING, MarkerKind.CHAPTER, 1, "任务", 0, 0, true);
        assertTimeoutPreemptively(BOUND, () -> {
            for (Figure f : new FigureExtractor(Lexicons.extraction().figures()).extract(sentence(text), tasks, new FigureExtractor.Context(2011, 2015), null)) {
                assertTrue(f.value().signum() >= 0 && f.evidence().end() <= text.length(), text);
                assertTrue(f.year() >= 1900 && f.year() <= 2100, f + " in " + text);
            }
        });
    }

    private static void dateAndNumberReadersSurvive(String text) {
        assertTimeoutPreemptively(BOUND, () -> {
            new MetadataExtractor(Lexicons.reading().layout()).extract(text);
            QuantityParser.parse(text);
            try {
                ChineseNumerals.parse(text);
            } catch (NumberFormatException expected) {
                // The documented outcome for text that is not a numeral.
            }
        });
    }

    /** The whole reader and extractor on a text as a document of its own: a defined outcome, spans inside the text. */
    private static void readerSurvives(String text) throws Exception {
        Path file = Files.createTempFile("dfkg-fuzz-", ".txt");
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            assertTimeoutPreemptively(BOUND, () -> {
                SourceDocument doc;
                try {
                    doc = Lexicons.reader().readOne(file);
                } catch (CorpusException expected) {
                    return; // the documented outcome for a text that is empty, binary or has no sentences
                }
                ExtractedDocument e = new Extractor(REFERENCE, Lexicons.extraction()).extract(doc);
                for (Figure f : e.figures()) assertTrue(doc.original().startsWith(f.evidence().text(), f.evidence().start()), text);
                // A span quotes the original; folded, it is what the reader matched: the name as the clause gives it, the label.
                for (ExtractedTask t : e.tasks()) {
                    for (Assignment a : t.assignments()) {
                        assertTrue(doc.original().startsWith(a.evidence().text(), a.evidence().start()), text);
                        String quoted = withoutBrackets(NORMALISER.fold(a.evidence().text()));
                        assertTrue(withoutBrackets(a.surface()).contains(quoted), a.evidence().text() + " quotes no part of " + a.surface() + " in " + text);
                    }
                }
                for (TechnologyMention m : e.technologies()) {
                    assertTrue(doc.original().startsWith(m.evidence().text(), m.evidence().start()), text);
                    // The span, taken back into the matching copy, is the label the matcher found there.
                    String matched = doc.matchText().substring(doc.match().matchOffset(m.evidence().start()), doc.match().matchOffset(m.evidence().end()));
                    assertTrue(LABELS.stream().anyMatch(matched::equalsIgnoreCase), m.evidence().text() + " (" + matched + ") is no label, in " + text);
                }
            });
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String withoutBrackets(String name) {
        return name.replaceAll("[（(【〔［\\[][^（()）【】〔〕［］\\[\\]]*[）)】〕］\\]]", "").replaceAll("\\s", "");
    }

    /** Inputs are UTF-8 bytes, so that the committed inputs are plain texts a reader can open. */
    private static String text(byte[] input) {
        return new String(input, StandardCharsets.UTF_8);
    }

    @FuzzTest(maxDuration = "60s")
    void clauseParser(byte[] input) {
        clauseParserSurvives(text(input));
    }

    @FuzzTest(maxDuration = "60s")
    void figureReader(byte[] input) {
        figureReaderSurvives(text(input));
    }

    @FuzzTest(maxDuration = "60s")
    void dateAndNumberReaders(byte[] input) {
        dateAndNumberReadersSurvive(text(input));
    }

    @FuzzTest(maxDuration = "120s")
    void wholeReader(byte[] input) throws Exception {
        readerSurvives(text(input));
    }

    /** A seeded walk over the alphabet the parsers care about, and deep or unbalanced nesting: the same texts every build. */
    @Test
    void randomTextsOverTheParsersAlphabet() throws Exception {
        Random random = new Random(20261201L);
        for (int i = 0; i < 300; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(400);
            for (int k = 0; k < n; k++) b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            String text = b.toString();
            clauseParserSurvives(text);
            figureReaderSurvives(text);
            dateAndNumberReadersSurvive(text);
            if (i % 3 == 0) readerSurvives(text);
        }
        for (String open : List.of("（", "(", "[", "［", "【", "〔")) {
            String close = java.util.Map.of("（", "）", "(", ")", "[", "]", "［", "］", "【", "】", "〔", "〕").get(open);
            for (int depth : List.of(1, 10, 100, 1000, 5000)) {
                clauseParserSurvives(open.repeat(depth) + "责任单位：省数字办、市数字办负责" + close.repeat(depth));
                clauseParserSurvives(open.repeat(depth) + "责任单位：省数字办、市数字办负责" + close.repeat(depth / 2));
            }
        }
    }
}
