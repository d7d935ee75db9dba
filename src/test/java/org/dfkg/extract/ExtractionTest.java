package org.dfkg.extract;

import org.dfkg.text.Titles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.dfkg.corpus.MarkerKind;
import org.dfkg.corpus.Section;
import org.dfkg.corpus.SectionKind;
import org.dfkg.corpus.Sentence;
import org.dfkg.reference.ReferenceData;
import org.junit.jupiter.api.Test;

class ExtractionTest {
    private static final ReferenceData REFERENCE = ReferenceData.load(Path.of("data/reference"));
    private final AgencyResolver resolver = new AgencyResolver(REFERENCE, org.dfkg.Lexicons.extraction().departments());

    @Test
    void abbreviationsTakeTheIssuersJurisdiction() {
        var fuzhou = REFERENCE.places().get("fuzhou");
        var fujian = REFERENCE.places().get("fujian");
        assertEquals(new AgencyRef.Reconciled("fz-digital-fuzhou-office"), resolver.resolve("市数字办", fuzhou));
        assertEquals(new AgencyRef.Reconciled("fj-digital-fujian-office"), resolver.resolve("省数字办", fuzhou));
        assertEquals(new AgencyRef.Reconciled("fj-digital-fujian-office"), resolver.resolve("数字办", fujian));
        assertEquals(new AgencyRef.Reconciled("fj-digital-fujian-office"), resolver.resolve("福建省数字办", fuzhou));
        assertEquals(new AgencyRef.Reconciled("fz-administrative-service-center"), resolver.resolve("市行政(市民)服务中心管委会", fuzhou));
    }

    @Test
    void collectivePartiesAndUnknownAgencies() {
        var fujian = REFERENCE.places().get("fujian");
        for (String collective : List.of("有关部门", "各设区市人民政府", "各电信运营商", "省直有关部门", "市直各有关部门")) {
            assertInstanceOf(AgencyRef.Collective.class, resolver.resolve(collective, fujian), collective);
        }
        AgencyRef unknown = resolver.resolve("省海峡研究会", fujian);
        assertEquals(new AgencyRef.Unreconciled("福建省海峡研究会", "fujian"), unknown);
    }

    private static Sentence sentence(String text) {
        return new Sentence(0, 0, text.length(), text, text, MarkerKind.NONE, "");
    }

    private static final Section TASKS = new Section("s1", "root", SectionKind.HEADING, MarkerKind.CHAPTER, 1, "任务", 0, 0, true);
    private static final Section BASIS = new Section("s2", "root", SectionKind.HEADING, MarkerKind.CHAPTER, 1, "发展基础", 0, 0, false);

    @Test
    void figuresWithMagnitudesComparisonsAndDeadlines() {
        var ctx = new FigureExtractor.Context(2011, 2015);
        List<Figure> f = new FigureExtractor(org.dfkg.Lexicons.extraction().figures()).extract(sentence("至2015年，全省电话用户总数争取超过4800万户，其中移动电话用户数达到3900万，普及率达到28%左右。"), TASKS, ctx, null);
        assertEquals(3, f.size(), f.toString());
        assertEquals(0, new BigDecimal("48000000").compareTo(f.get(0).value()));
        assertEquals("户", f.get(0).unit());
        assertEquals(Comparison.AT_LEAST, f.get(0).comparison());
        assertEquals("户", f.get(1).unit(), "a bare 万 repeats the unit before it");
        assertEquals(Comparison.APPROXIMATELY, f.get(2).comparison());
        assertTrue(f.stream().allMatch(x -> x.year() == 2015 && x.kind() == FigureKind.TARGET));

        List<Figure> end = new FigureExtractor(org.dfkg.Lexicons.extraction().figures()).extract(sentence("到“十二五”末，实现300万亿次/秒以上的计算能力。"), TASKS, new FigureExtractor.Context(2013, 2013), null);
        assertEquals(2015, end.getFirst().year());
        assertEquals(0, new BigDecimal("300000000000000").compareTo(end.getFirst().value()));
        assertEquals("次/秒", end.getFirst().unit());

        List<Figure> within = new FigureExtractor(org.dfkg.Lexicons.extraction().figures()).extract(sentence("年内完成438个建制村通宽带"), TASKS, new FigureExtractor.Context(2010, 2010), null);
        assertEquals(2010, within.getFirst().year());

        List<Figure> past = new FigureExtractor(org.dfkg.Lexicons.extraction().figures()).extract(sentence("全省光缆线路总长超过39.3万公里"), BASIS, ctx, null);
        assertEquals(FigureKind.OBSERVATION, past.getFirst().kind());
        assertEquals(2010, past.getFirst().year());
    }

    @Test
    void yearsGenerationsAndCitationsAreNotFigures() {
        var ctx = new FigureExtractor.Context(2013, 2013);
        assertTrue(new FigureExtractor(org.dfkg.Lexicons.extraction().figures()).extract(sentence("制定《福建省2013-2015年卫星应用实施方案》，推进3G/4G和12345热线"), TASKS, ctx, null).isEmpty());
        assertTrue(new FigureExtractor(org.dfkg.Lexicons.extraction().figures()).extract(sentence("IPv6：即下一代协议，可以提供100M以上的速度"), TASKS, ctx, null).isEmpty(), "glossary definitions");
    }

    @Test
    void technologiesThroughTheHanlpDictionary() {
        TechnologyMatcher m = new TechnologyMatcher(REFERENCE.technologies());
        List<String> found = m.find(sentence("加快窄带物联网NB-IOT网络建设，推进物联网技术应用，实现4G网络覆盖和TD-LTE试验网。"))
                .stream().map(t -> t.conceptIri().replaceAll(".*/", "") + ":" + t.surface()).toList();
        assertEquals(List.of("nb-iot:窄带物联网", "nb-iot:NB-IOT", "internet-of-things:物联网技术", "4g:4G", "td-lte:TD-LTE试验网"), found);
    }

    @Test
    void documentLevelExtraction() throws Exception {
        var doc = org.dfkg.Lexicons.reader().readOne(Path.of("data/corpus/fz-2017-work-points.txt"));
        ExtractedDocument e = new Extractor(REFERENCE, org.dfkg.Lexicons.extraction()).extract(doc);
        assertEquals("fuzhou", e.jurisdictionId());
        assertEquals(new AgencyRef.Reconciled("fuzhou-government-general-office"), e.issuer());
        long leads = e.tasks().stream().flatMap(t -> t.assignments().stream())
                .filter(a -> a.role() == Role.LEAD && a.party().equals(new AgencyRef.Reconciled("fz-digital-fuzhou-office"))).count();
        assertTrue(leads >= 5, "市数字办 leads " + leads + " tasks");
        for (ExtractedTask t : e.tasks()) {
            for (Assignment a : t.assignments()) {
                assertEquals(a.evidence().text(), doc.original().substring(a.evidence().start(), a.evidence().end()));
            }
        }
        assertNull(doc.metadata().documentNumber());
    }

    private static ExtractedDocument extracted(String file) throws Exception {
        return new Extractor(REFERENCE, org.dfkg.Lexicons.extraction()).extract(org.dfkg.Lexicons.reader().readOne(Path.of("data/corpus", file)));
    }

    @Test
    void glossaryBoxesDefineSchemeConceptsAndNameCandidates() throws Exception {
        ExtractedDocument plan = extracted("fj-2011-2015-plan.txt");
        var byTerm = new java.util.HashMap<String, GlossaryEntry>();
        plan.glossary().forEach(g -> byTerm.put(g.term().text(), g));
        assertTrue(byTerm.get("物联网").conceptIri().endsWith("/internet-of-things"));
        assertTrue(byTerm.get("物联网").definition().startsWith("是指在互联网的基础上"), byTerm.get("物联网").definition());
        assertTrue(byTerm.get("新一代IP通信网").conceptIri().endsWith("/next-generation-internet"), "an alternative label names the concept");
        assertTrue(byTerm.get("泛在网络").definition().contains("4A"), "a definition runs over every sentence of its line");
        assertNull(byTerm.get("无线城市").conceptIri(), "defined, but not in the scheme: a candidate term");
        assertNull(byTerm.get("基础网络设施发展指标"), "an indicator list in a box is not a definition");
        for (GlossaryEntry g : plan.glossary()) {
            assertEquals(g.term().text(), plan.source().original().substring(g.term().start(), g.term().end()));
        }
    }

    @Test
    void technologiesAreReadOutsideTasksToo() throws Exception {
        ExtractedDocument plan = extracted("fj-2011-2015-plan.txt");
        var inDocument = plan.technologies().stream().map(TechnologyMention::conceptIri).collect(java.util.stream.Collectors.toSet());
        var inTasks = plan.tasks().stream().flatMap(t -> t.technologies().stream()).map(TechnologyMention::conceptIri).collect(java.util.stream.Collectors.toSet());
        assertTrue(inDocument.stream().anyMatch(c -> c.endsWith("/ipv6")), "IPv6 is named only in the 专栏二 glossary");
        assertTrue(inDocument.containsAll(inTasks));
        assertTrue(inDocument.size() > inTasks.size());
    }

    @Test
    void citedDocumentsAndTheImplementedPlan() throws Exception {
        ExtractedDocument fuzhou = extracted("fz-2017-work-points.txt");
        Citation provincial = fuzhou.citations().stream().filter(Citation::implemented).findFirst().orElseThrow();
        assertEquals("福建省人民政府办公厅关于印发2017年数字福建工作要点的通知", provincial.title());
        assertEquals("闽政办〔2017〕34号", provincial.documentNumber());
        assertTrue(fuzhou.citations().stream().noneMatch(c -> c.title().equals("2017年数字福州工作要点")), "its own title is not a citation");
        assertEquals(1, fuzhou.citations().stream().filter(Citation::implemented).count());

        ExtractedDocument plan = extracted("fj-2011-2015-plan.txt");
        assertTrue(plan.citations().stream().noneMatch(c -> c.title().equals("规划")), "《规划》 points back to the plan itself");
        String law2011 = plan.citations().stream().filter(c -> c.title().equals("福建省信息化促进条例")).findFirst().orElseThrow().key();
        String law2013 = extracted("fj-2013-work-points.txt").citations().stream().filter(c -> c.title().equals("福建省信息化促进条例")).findFirst().orElseThrow().key();
        assertEquals(law2011, law2013, "one cited work across the corpus");
        assertEquals(Titles.key("福建省“十二五”数字福建专项规划"), Titles.key("福建省\"十二五\" 数字福建专项规划"));
    }

    @Test
    void placesFromHanlpPlaceRecognitionAndTheGazetteer() {
        PlaceMatcher m = new PlaceMatcher(REFERENCE);
        List<String> found = m.find(sentence("在鼓楼区、长乐、平潭开展智慧城市试点，推进武夷山、晋江市旅游信息化。"), REFERENCE.places().get("fuzhou"))
                .stream().map(PlaceMention::placeId).toList();
        assertEquals(List.of("gulou-fuzhou", "changle", "pingtan", "wuyishan", "jinjiang"), found);
        assertEquals(List.of(), m.find(sentence("支持福州大学和厦门大学建设大数据实验室。"), null).stream().map(PlaceMention::placeId).toList(),
                "a place inside an organisation's name is not a place mention");
        assertEquals(List.of(), m.find(sentence("营造和平和谐的发展环境。"), null).stream().map(PlaceMention::placeId).toList(),
                "平和 the word is not 平和县");
    }
}
