package org.dfkg.extract;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dfkg.corpus.ChineseNumerals;
import org.dfkg.corpus.MarkerKind;
import org.dfkg.corpus.MetadataExtractor;
import org.dfkg.corpus.Section;
import org.dfkg.corpus.SectionKind;
import org.dfkg.corpus.Sentence;

/**
 * Property-based fuzzing of the parsers with jqwik: random text over the characters the parsers
 * care about, real clauses mutated, deep nesting and unbalanced brackets. No exception other than
 * a parser's documented one escapes, and every input finishes within a bound.
 */
class ParserFuzzTest {
    private static final Duration BOUND = Duration.ofSeconds(2);
    private static final ResponsibilityClauseParser CLAUSES = new ResponsibilityClauseParser(org.dfkg.Lexicons.reading().roleWords(), w -> Set.of("福州", "厦门", "福建").contains(w));
    private static final List<String> REAL = List.of(
            "(省数字办牵头，有关部门配合)", "[责任单位：市通信管理局、市经信委、各电信运营企业]", "（责任单位：省数字办、省直有关部门，福州市人民政府）",
            "［责任单位：市数字办、各县（市）区政府］", "(省效能办、审改办、数字办牵头，省经济信息中心等有关部门配合)", "(福建电信、福建移动、福建联通公司负责)",
            "[责任单位：市审改办、市行政（市民）服务中心管委会牵头，市直各有关部门配合]", "由省卫生厅牵头负责。",
            "至2015年，全省电话用户总数争取超过4800万户，其中移动电话用户数达到3900万，普及率达到28%左右。",
            "到“十二五”末，实现300万亿次/秒以上的计算能力。", "福建省人民政府\n二〇一一年九月十四日", "发布日期：2019-03-27",
            "网站支持IPV6\n标  题:厦门市人民政府关于印发《实施方案》的通知\n发布日期:2025-03-31", "\n文  号:厦府〔2025〕90号\n发布机构:厦门市人民政府",
            "〔牵头责任单位：市数据管理局；相关责任单位：市工信局）", "(牽頭單位:市審批管理局、市工信局(大數(shù)據(jù)局);責任單位:各區(qū))",
            "責任單位：省數字辦、檔案局\n", "社會(hui) 發展，2.9萬(wan) 億(yi) 元以上", "指标\n2017年\n2020年\n数字经济增加值(亿元)\n20658\n30000\n",
            "二\n实施数字基础能力提升行动\n1﹒提升网络能力。", "（牵头单位：市局；责任单位：市直部门。以下任务均需落实）");
    private static final String ALPHABET = "（）()[]［］【】〔〕《》“”、，,；;：:。负责牵头配合责任单位省市县区数字办厅局委公司政府各有关部门等福州厦门福建"
            + "0123456789.%万亿千年底末至到以上超过达到左右不少于提高十二五〇一三四六七八九月日号 \n标题发文机关成文日期•數區hui(ū)—G";

    @Provide
    Arbitrary<String> randomText() {
        return Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMaxLength(400);
    }

    @Provide
    Arbitrary<String> mutatedReal() {
        Arbitrary<String> base = Arbitraries.of(REAL);
        Arbitrary<Integer> position = Arbitraries.integers().between(0, 80);
        Arbitrary<String> insert = Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMaxLength(6);
        Arbitrary<Integer> action = Arbitraries.integers().between(0, 3);
        return Combinators.combine(base, position, insert, action).as((b, p, ins, a) -> {
            int at = Math.min(p, b.length());
            return switch (a) {
                case 0 -> b.substring(0, at) + ins + b.substring(at);
                case 1 -> b.substring(0, at) + b.substring(Math.min(b.length(), at + ins.length() + 1));
                case 2 -> b + b.substring(0, at);
                default -> b.substring(at) + ins + b.substring(0, at);
            };
        });
    }

    @Provide
    Arbitrary<String> nested() {
        Arbitrary<Integer> depth = Arbitraries.integers().between(1, 5000);
        Arbitrary<Boolean> balanced = Arbitraries.of(true, false);
        Arbitrary<String> open = Arbitraries.of("（", "(", "[", "［", "【");
        return Combinators.combine(depth, balanced, open).as((d, bal, o) -> {
            String close = switch (o) {
                case "（" -> "）";
                case "(" -> ")";
                case "[" -> "]";
                case "［" -> "］";
                default -> "】";
            };
            return o.repeat(d) + "责任单位：省数字办、市数字办负责" + (bal ? close.repeat(d) : close.repeat(d / 2));
        });
    }

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
            for (Figure f : new FigureExtractor(org.dfkg.Lexicons.extraction().figures()).extract(sentence(text), tasks, new FigureExtractor.Context(2011, 2015), null)) {
                assertTrue(f.value().signum() >= 0 && f.evidence().end() <= text.length(), text);
                assertTrue(f.year() >= 1900 && f.year() <= 2100, f + " in " + text);
            }
        });
    }

    private static void dateAndNumberReadersSurvive(String text) {
        assertTimeoutPreemptively(BOUND, () -> {
            new MetadataExtractor(org.dfkg.Lexicons.reading().layout()).extract(text);
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
        java.nio.file.Path file = java.nio.file.Files.createTempFile("dfkg-fuzz-", ".txt");
        try {
            java.nio.file.Files.writeString(file, text, java.nio.charset.StandardCharsets.UTF_8);
            assertTimeoutPreemptively(BOUND, () -> {
                org.dfkg.corpus.SourceDocument doc;
                try {
                    doc = org.dfkg.Lexicons.reader().readOne(file);
                } catch (org.dfkg.corpus.CorpusException expected) {
                    return; // the documented outcome for a text with no sentences
                }
                ExtractedDocument e = new Extractor(REFERENCE, org.dfkg.Lexicons.extraction()).extract(doc);
                for (Figure f : e.figures()) assertTrue(f.evidence().end() <= text.length() && doc.original().startsWith(f.evidence().text(), f.evidence().start()), text);
                for (ExtractedTask t : e.tasks()) {
                    for (Assignment a : t.assignments()) assertTrue(doc.original().startsWith(a.evidence().text(), a.evidence().start()), text);
                }
            });
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    private static final org.dfkg.reference.ReferenceData REFERENCE = org.dfkg.reference.ReferenceData.load(java.nio.file.Path.of("data/reference"));

    @Property(tries = 200)
    void wholeReaderOnRandomAndMutatedText(@ForAll("randomText") String random, @ForAll("mutatedReal") String mutated) throws Exception {
        readerSurvives(random);
        readerSurvives(mutated);
    }

    @Property(tries = 400)
    void clauseParserOnRandomText(@ForAll("randomText") String text) {
        clauseParserSurvives(text);
    }

    @Property(tries = 400)
    void clauseParserOnMutatedRealClauses(@ForAll("mutatedReal") String text) {
        clauseParserSurvives(text);
    }

    @Property(tries = 60)
    void clauseParserOnDeepAndUnbalancedNesting(@ForAll("nested") String text) {
        clauseParserSurvives(text);
    }

    @Property(tries = 400)
    void figureReaderOnRandomAndMutatedText(@ForAll("randomText") String random, @ForAll("mutatedReal") String mutated) {
        figureReaderSurvives(random);
        figureReaderSurvives(mutated);
    }

    @Property(tries = 300)
    void dateAndNumberReaders(@ForAll("randomText") String random, @ForAll("mutatedReal") String mutated) {
        dateAndNumberReadersSurvive(random);
        dateAndNumberReadersSurvive(mutated);
    }
}
