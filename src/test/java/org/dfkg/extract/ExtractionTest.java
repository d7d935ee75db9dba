package org.dfkg.extract;

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
    private final AgencyResolver resolver = new AgencyResolver(REFERENCE);

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
        List<Figure> f = new FigureExtractor().extract(sentence("至2015年，全省电话用户总数争取超过4800万户，其中移动电话用户数达到3900万，普及率达到28%左右。"), TASKS, ctx, null);
        assertEquals(3, f.size(), f.toString());
        assertEquals(0, new BigDecimal("48000000").compareTo(f.get(0).value()));
        assertEquals("户", f.get(0).unit());
        assertEquals(Comparison.AT_LEAST, f.get(0).comparison());
        assertEquals("户", f.get(1).unit(), "a bare 万 repeats the unit before it");
        assertEquals(Comparison.APPROXIMATELY, f.get(2).comparison());
        assertTrue(f.stream().allMatch(x -> x.year() == 2015 && x.kind() == FigureKind.TARGET));

        List<Figure> end = new FigureExtractor().extract(sentence("到“十二五”末，实现300万亿次/秒以上的计算能力。"), TASKS, new FigureExtractor.Context(2013, 2013), null);
        assertEquals(2015, end.getFirst().year());
        assertEquals(0, new BigDecimal("300000000000000").compareTo(end.getFirst().value()));
        assertEquals("次/秒", end.getFirst().unit());

        List<Figure> within = new FigureExtractor().extract(sentence("年内完成438个建制村通宽带"), TASKS, new FigureExtractor.Context(2010, 2010), null);
        assertEquals(2010, within.getFirst().year());

        List<Figure> past = new FigureExtractor().extract(sentence("全省光缆线路总长超过39.3万公里"), BASIS, ctx, null);
        assertEquals(FigureKind.OBSERVATION, past.getFirst().kind());
        assertEquals(2010, past.getFirst().year());
    }

    @Test
    void yearsGenerationsAndCitationsAreNotFigures() {
        var ctx = new FigureExtractor.Context(2013, 2013);
        assertTrue(new FigureExtractor().extract(sentence("制定《福建省2013-2015年卫星应用实施方案》，推进3G/4G和12345热线"), TASKS, ctx, null).isEmpty());
        assertTrue(new FigureExtractor().extract(sentence("IPv6：即下一代协议，可以提供100M以上的速度"), TASKS, ctx, null).isEmpty(), "glossary definitions");
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
        var doc = new org.dfkg.corpus.CorpusReader().readOne(Path.of("data/corpus/fz-2017-work-points.txt"));
        ExtractedDocument e = new Extractor(REFERENCE).extract(doc);
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
}
