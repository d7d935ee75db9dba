package org.dfkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.dfkg.extract.Comparison;
import org.dfkg.extract.FigureKind;
import org.dfkg.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/** The ledger's rules on the real indicator scheme: which report decides, and what it decides. */
class TargetLedgerTest {
    private static final String IND = "https://w3id.org/dfkg/id/indicator/";
    private static final TargetLedger LEDGER = new TargetLedger(ReferenceData.load(Path.of("data/reference")).indicators());
    private static int span;

    private static TargetLedger.Entry target(String doc, int docYear, String indicator, String value, String unit, String symbol, int deadline, Comparison c) {
        return new TargetLedger.Entry(doc, span++, span, FigureKind.TARGET, IND + indicator, "fujian", deadline, docYear, new BigDecimal(value), unit, symbol, c, null);
    }

    private static TargetLedger.Entry report(String doc, int docYear, String indicator, String value, String unit, String symbol, int year) {
        return new TargetLedger.Entry(doc, span++, span, FigureKind.OBSERVATION, IND + indicator, "fujian", year, docYear, new BigDecimal(value), unit, symbol,
                Comparison.EXACTLY, null);
    }

    private static TargetLedger.Check only(TargetLedger.Entry... entries) {
        List<TargetLedger.Check> checks = LEDGER.check(List.of(entries));
        assertEquals(1, checks.size());
        return checks.getFirst();
    }

    @Test
    void theFirstReportAtOrAfterTheDeadlineDecides() {
        TargetLedger.Entry t = target("plan-a", 2011, "broadband-users", "10800000", "", "one", 2015, Comparison.REACH);
        TargetLedger.Entry at2016 = report("plan-c", 2016, "broadband-users", "9000000", "户", "one", 2016);
        TargetLedger.Entry at2015 = report("plan-b", 2016, "broadband-users", "11000000", "户", "one", 2015);
        TargetLedger.Check c = only(t, at2016, at2015);
        assertEquals(TargetLedger.Status.MET, c.status());
        assertEquals(at2015, c.decidedBy());
        assertEquals(List.of(at2015, at2016), c.reports());
    }

    @Test
    void aReportShortOfTheTargetAtTheDeadlineIsMissed() {
        TargetLedger.Check c = only(target("plan-a", 2011, "ecommerce-turnover", "300000000000", "元", "", 2015, Comparison.REACH),
                report("plan-b", 2016, "ecommerce-turnover", "250000000000", "元", "", 2015));
        assertEquals(TargetLedger.Status.MISSED, c.status());
        assertEquals(0, new BigDecimal("250000000000").compareTo(c.observedValue()));
    }

    @Test
    void aCeilingIsMetFromBelow() {
        TargetLedger.Check c = only(target("plan-a", 2011, "online-service-availability", "20", "%", "%", 2015, Comparison.AT_MOST),
                report("plan-b", 2016, "online-service-availability", "18", "%", "%", 2016));
        assertEquals(TargetLedger.Status.MET, c.status());
    }

    @Test
    void aReportInAnotherUnitIsConverted() {
        TargetLedger.Check c = only(target("plan-a", 2011, "fibre-cable-length", "500000", "公里", "km", 2015, Comparison.AT_LEAST),
                report("plan-b", 2016, "fibre-cable-length", "480000000", "米", "m", 2015));
        assertEquals(TargetLedger.Status.MISSED, c.status());
        assertEquals(0, new BigDecimal("480000").compareTo(c.observedValue()));
    }

    @Test
    void aReportOnlyBeforeTheDeadlineDecidesNothingUnlessItAlreadyMeetsTheTarget() {
        TargetLedger.Check short_ = only(target("plan-a", 2011, "internet-penetration", "80", "%", "%", 2015, Comparison.REACH),
                report("plan-b", 2013, "internet-penetration", "70", "%", "%", 2012));
        assertEquals(TargetLedger.Status.NO_LATER_REPORT, short_.status());
        assertEquals(0, new BigDecimal("70").compareTo(short_.observedValue()), "the closest report before the deadline is kept as progress");
        TargetLedger.Check early = only(target("plan-a", 2011, "internet-penetration", "80", "%", "%", 2015, Comparison.REACH),
                report("plan-b", 2013, "internet-penetration", "82", "%", "%", 2012));
        assertEquals(TargetLedger.Status.MET, early.status());
    }

    @Test
    void aNarrowerIndicatorIsALowerBoundThatCanShowATargetMetButNeverMissed() {
        TargetLedger.Check met = only(target("points", 2010, "village-broadband", "96", "%", "%", 2010, Comparison.REACH),
                report("plan", 2011, "village-fibre", "96.5", "%", "%", 2010));
        assertEquals(TargetLedger.Status.MET, met.status());
        TargetLedger.Check open = only(target("points", 2010, "village-broadband", "96", "%", "%", 2010, Comparison.REACH),
                report("plan", 2011, "village-fibre", "90", "%", "%", 2010));
        assertEquals(TargetLedger.Status.NO_LATER_REPORT, open.status());
        assertNull(open.decidedBy());
        TargetLedger.Check broader = only(target("points", 2010, "village-fibre", "96", "%", "%", 2010, Comparison.REACH),
                report("plan", 2011, "village-broadband", "99", "%", "%", 2010));
        assertEquals(TargetLedger.Status.NO_LATER_REPORT, broader.status(), "a broader report says nothing of a narrower target");
    }

    @Test
    void theTargetsOwnDocumentOtherJurisdictionsEarlierYearsAndOtherDimensionsAreNoReports() {
        TargetLedger.Entry t = target("plan-a", 2011, "internet-penetration", "80", "%", "%", 2015, Comparison.REACH);
        TargetLedger.Entry sameDoc = report("plan-a", 2011, "internet-penetration", "90", "%", "%", 2015);
        TargetLedger.Entry before = report("plan-b", 2011, "internet-penetration", "90", "%", "%", 2009);
        TargetLedger.Entry elsewhere = new TargetLedger.Entry("plan-c", 1, 2, FigureKind.OBSERVATION, IND + "internet-penetration", "xiamen", 2016, 2016,
                new BigDecimal("90"), "%", "%", Comparison.EXACTLY, null);
        TargetLedger.Entry length = report("plan-d", 2016, "internet-penetration", "90", "公里", "km", 2016);
        TargetLedger.Check c = only(t, sameDoc, before, elsewhere, length);
        assertEquals(TargetLedger.Status.NO_LATER_REPORT, c.status());
        assertEquals(List.of(), c.reports());
    }

    @Test
    void aCheckListsTheReportsNearestTheDeadlineAndTheOneThatDecides() {
        List<TargetLedger.Entry> entries = new java.util.ArrayList<>();
        entries.add(target("plan", 2011, "internet-penetration", "80", "%", "%", 2015, Comparison.REACH));
        for (int year = 2012; year <= 2025; year++) entries.add(report("review-" + year, year, "internet-penetration", "70", "%", "%", year));
        TargetLedger.Check c = LEDGER.check(entries).getFirst();
        assertEquals(TargetLedger.MAX_REPORTS, c.reports().size());
        assertEquals(List.of(2013, 2014, 2015, 2016, 2017), c.reports().stream().map(TargetLedger.Entry::year).toList());
        assertEquals(2015, c.decidedBy().year());
        assertEquals(TargetLedger.Status.MISSED, c.status());
    }
}
