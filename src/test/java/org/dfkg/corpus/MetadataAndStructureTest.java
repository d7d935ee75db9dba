package org.dfkg.corpus;

import org.dfkg.text.ChineseNumerals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetadataAndStructureTest {
    private static SourceDocument read(String name) throws Exception {
        return org.dfkg.Lexicons.reader().readOne(Path.of("data/corpus", name));
    }

    @Test
    void chineseNumerals() {
        assertEquals(2011, ChineseNumerals.parse("二〇一一"));
        assertEquals(2011, ChineseNumerals.parse("二○一一"));
        assertEquals(14, ChineseNumerals.parse("十四"));
        assertEquals(20, ChineseNumerals.parse("二十"));
        assertEquals(9, ChineseNumerals.parse("九"));
    }

    @Test
    void planMetadataFromTheIssuingNotice() throws Exception {
        DocumentMetadata m = read("fj-2011-2015-plan.txt").metadata();
        assertEquals("福建省“十二五”数字福建专项规划", m.title());
        assertEquals("福建省人民政府", m.issuer());
        assertEquals(LocalDate.of(2011, 9, 14), m.issued());
        assertEquals("闽政〔2011〕82号", m.documentNumber());
        assertEquals(2011, m.periodStart());
        assertEquals(2015, m.periodEnd());
    }

    @Test
    void signatureDateWinsOverPublicationDateAndCitedNumbersAreNotOwnNumbers() throws Exception {
        assertEquals(LocalDate.of(2019, 3, 20), read("fj-2019-work-points.txt").metadata().issued());
        DocumentMetadata fuzhou = read("fz-2017-work-points.txt").metadata();
        assertNull(fuzhou.documentNumber(), "闽政办〔2017〕34号 is cited, not this document's number");
        assertEquals("福州市", fuzhou.jurisdiction());
        assertEquals(LocalDate.of(2017, 5, 3), fuzhou.issued());
    }

    @Test
    void repeatedPassagesAreDroppedAndCounted() throws Exception {
        DocumentStructure s = read("fj-2019-work-points.txt").structure();
        assertTrue(s.deduplication().sentencesDropped() > 20, s.deduplication().toString());
        long distinct = s.sentences().stream().map(x -> x.matchText().replaceAll("\\s", "")).filter(t -> t.length() >= 12).distinct().count();
        long all = s.sentences().stream().map(x -> x.matchText().replaceAll("\\s", "")).filter(t -> t.length() >= 12).count();
        assertEquals(distinct, all, "a long sentence survives twice");
    }

    @Test
    void outlineOfThePlan() throws Exception {
        DocumentStructure s = read("fj-2011-2015-plan.txt").structure();
        List<String> chapters = s.sections().stream().filter(x -> x.marker() == MarkerKind.CHAPTER).map(Section::title).toList();
        assertEquals(10, chapters.size(), chapters.toString());
        assertEquals("构建先进的信息基础设施", chapters.get(2));
        assertTrue(s.sections().stream().anyMatch(x -> x.kind() == SectionKind.CONTENTS), "table of contents recognised");
        assertTrue(s.sections().stream().filter(x -> x.kind() == SectionKind.BOX).count() >= 4, "专栏 boxes");
        Section intro = s.sections().stream().filter(x -> x.title().equals("发展成效")).findFirst().orElseThrow();
        assertTrue(!intro.holdsTasks(), "发展成效 describes, it sets no tasks");
    }

    @Test
    void headingRunningIntoItsFirstItemIsSplit() throws Exception {
        DocumentStructure s = read("fj-2019-work-points.txt").structure();
        assertTrue(s.sections().stream().anyMatch(x -> x.title().equals("精心办好第二届数字中国建设峰会")));
        assertTrue(s.tasks().stream().anyMatch(t -> t.itemMarker().equals("（一）") && t.title().startsWith("高标准")));
    }

    @Test
    void taskItemsEndAtTheirResponsibilityClause() throws Exception {
        DocumentStructure s = read("fj-2010-work-points.txt").structure();
        TaskSpan surveying = s.tasks().stream().filter(t -> t.text().contains("(省测绘局负责)")).findFirst().orElseThrow();
        assertTrue(surveying.text().endsWith("(省测绘局负责)；"), surveying.text());
        assertEquals(29, s.tasks().size());
    }

    @Test
    void sidecarFillsOnlyWhatTheTextLacks(@TempDir Path dir) throws Exception {
        Path text = dir.resolve("x.txt");
        Files.copy(Path.of("data/corpus/fj-2010-work-points.txt"), text);
        Files.writeString(dir.resolve("x.meta.properties"), "issuer=福建省人民政府\ntitle=ignored\n", StandardCharsets.UTF_8);
        DocumentMetadata m = org.dfkg.Lexicons.reader().readOne(text).metadata();
        assertEquals("福建省人民政府", m.issuer());
        assertEquals("2010年数字福建工作要点", m.title());
        assertEquals(Set.of(MetadataField.ISSUER), m.fromSidecar());
    }

    @Test
    void traditionalChineseMatchesButOriginalIsKept() {
        String original = "數字福建專項規劃２０１１";
        String match = org.dfkg.Lexicons.normaliser().fold(original);
        assertEquals("数字福建专项规划2011", match);
        assertEquals(original.length(), match.length());
    }

    @Test
    void duplicateDocumentIsReadOnce(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("data/corpus/fj-2010-work-points.txt"), dir.resolve("a.txt"));
        Files.copy(Path.of("data/corpus/fj-2010-work-points.txt"), dir.resolve("b.txt"));
        Files.write(dir.resolve("c.txt"), new byte[0]);
        CorpusReadResult r = org.dfkg.Lexicons.reader().read(dir);
        assertEquals(1, r.documents().size());
        assertEquals(2, r.rejected().size());
        assertTrue(r.rejected().stream().anyMatch(e -> e.getMessage().contains("b.txt") && e.getMessage().contains("same text as a.txt")));
        assertTrue(r.rejected().stream().anyMatch(e -> e.getMessage().contains("c.txt") && e.getMessage().contains("empty")));
    }

    @Test
    void aClauseResumedAfterARepeatedPassageJoinsTheTaskItCloses() {
        // The scrape cut task (一) before its clause, shuffled task (二) in, then repeated the end of (一) with the clause.
        String text = "一、重点任务\n（一）建设全省统一的电子政务公共平台。推进政务信息资源共享交换体系建设，实现跨部门数据共享。\n"
                + "（二）推进无线城市建设，扩大公益无线网络覆盖范围。（省通信管理局负责）\n"
                + "推进政务信息资源共享交换体系建设，实现跨部门数据共享。（省数字办牵头，省直有关部门配合）\n";
        DocumentStructure s = new StructureParser(org.dfkg.Lexicons.reading().roleWords(), org.dfkg.Lexicons.reading().layout()).parse(text, org.dfkg.Lexicons.normaliser().forMatching(text), null);
        assertEquals(2, s.tasks().size(), s.tasks().toString());
        assertTrue(s.tasks().get(0).text().endsWith("（省数字办牵头，省直有关部门配合）"), s.tasks().get(0).text());
        assertTrue(s.tasks().get(1).text().endsWith("（省通信管理局负责）"), s.tasks().get(1).text());
        assertEquals(1, s.deduplication().sentencesDropped());
    }

    @Test
    void ofTwoFilesWithOneTextTheOriginalNameIsReadAndBothAreNamed(@TempDir Path dir) throws Exception {
        // The copy sorts first, and is still the one left out.
        Files.copy(Path.of("data/corpus/fj-2010-work-points.txt"), dir.resolve("a-copy-of-plan.txt"));
        Files.copy(Path.of("data/corpus/fj-2010-work-points.txt"), dir.resolve("plan.txt"));
        CorpusReadResult r = org.dfkg.Lexicons.reader().read(dir);
        assertEquals(List.of("plan"), r.documents().stream().map(SourceDocument::id).toList());
        assertEquals(1, r.rejected().size());
        String message = r.rejected().getFirst().getMessage();
        assertTrue(message.contains("a-copy-of-plan.txt") && message.contains("plan.txt") && message.contains("same text"), message);
    }

    @Test
    void linksThatLeadNowhereAreNamed(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("data/corpus/fj-2010-work-points.txt"), dir.resolve("plan.txt"));
        Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("no-such-file.txt"));
        Files.createSymbolicLink(dir.resolve("loop.txt"), dir.resolve("loop.txt"));
        CorpusReadResult r = org.dfkg.Lexicons.reader().read(dir);
        assertEquals(1, r.documents().size());
        List<String> messages = r.rejected().stream().map(Exception::getMessage).toList();
        assertTrue(messages.stream().anyMatch(m -> m.contains("gone.txt")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("loop.txt")), messages.toString());
    }
}
