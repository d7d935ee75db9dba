package org.dfkg.link;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dfkg.extract.Comparison;
import org.dfkg.extract.ExtractedDocument;
import org.dfkg.extract.Figure;
import org.dfkg.extract.FigureKind;
import org.dfkg.extract.FigureLexicon;
import org.dfkg.reference.Indicator;
import org.dfkg.reference.Measures;

/**
 * The target ledger: each target of an indicator, set for a jurisdiction, against the later reports
 * of that indicator for the same jurisdiction in other documents. A report is later when its
 * reference year is no earlier than the year the target's document starts. The report that decides
 * is the first at or after the deadline, else the closest before it. Its value, converted into the
 * target's unit ({@link Measures}), meets the target when it is at least the target's value (at
 * most, for a ceiling: 以内, 不超过). A report of a narrower indicator (villages with fibre, for
 * villages with broadband) is a lower bound: it can show a target met, never missed. A check lists
 * the {@link #MAX_REPORTS} later reports nearest the deadline.
 */
public final class TargetLedger {
    /** A check lists at most this many later reports, those nearest the deadline (and always the one that decides): a target of a large corpus has thousands. */
    public static final int MAX_REPORTS = 5;

    /** What a target's check found: met, missed, or no report at or after the deadline that decides it. */
    public enum Status {
        MET, MISSED, NO_LATER_REPORT
    }

    /** A figure as the ledger needs it: where it is (document and span), what it measures, for where and when. */
    public record Entry(String docId, int start, int end, FigureKind kind, String indicator, String jurisdiction, int year, Integer documentYear,
                        BigDecimal value, String unit, String symbol, Comparison comparison, String taskKey) {}

    /** One target's check: the later reports, the one that decided, its value in the target's unit, and the status. */
    public record Check(Entry target, List<Entry> reports, Entry decidedBy, BigDecimal observedValue, Status status) {
        public Check {
            reports = List.copyOf(reports);
        }
    }

    private final Map<String, Indicator> indicators = new HashMap<>();

    public TargetLedger(List<Indicator> indicators) {
        for (Indicator i : indicators) this.indicators.put(i.iri(), i);
    }

    /** A document's figures that name an indicator, with the jurisdiction and first year of the document. */
    public static List<Entry> entries(ExtractedDocument d, FigureLexicon words) {
        List<Entry> out = new ArrayList<>();
        for (Figure f : d.figures()) {
            if (f.indicator() == null) continue;
            out.add(new Entry(d.source().id(), f.evidence().start(), f.evidence().end(), f.kind(), f.indicator(), d.jurisdictionId(), f.year(),
                    d.source().metadata().periodStart(), f.value(), f.unit(), words.symbol(f.unit()), f.comparison(), f.taskKey()));
        }
        return out;
    }

    /** Every target that names an indicator and a jurisdiction, checked; in the order of the entries given. */
    public List<Check> check(List<Entry> entries) {
        Map<String, List<Entry>> reportsOf = new HashMap<>();
        for (Entry e : entries) {
            if (e.kind() != FigureKind.OBSERVATION || e.jurisdiction() == null) continue;
            reportsOf.computeIfAbsent(key(e.jurisdiction(), e.indicator()), k -> new ArrayList<>()).add(e);
            Indicator i = indicators.get(e.indicator());
            if (i != null) for (String broader : i.broader()) reportsOf.computeIfAbsent(key(e.jurisdiction(), broader), k -> new ArrayList<>()).add(e);
        }
        List<Check> out = new ArrayList<>();
        for (Entry t : entries) {
            if (t.kind() != FigureKind.TARGET || t.jurisdiction() == null) continue;
            out.add(check(t, reportsOf.getOrDefault(key(t.jurisdiction(), t.indicator()), List.of())));
        }
        return out;
    }

    private record Converted(Entry report, BigDecimal value, boolean meets, boolean lowerBound) {}

    private Check check(Entry target, List<Entry> candidates) {
        List<Converted> reports = new ArrayList<>();
        for (Entry r : candidates) {
            if (r.docId().equals(target.docId())) continue;
            if (target.documentYear() != null && r.year() < target.documentYear()) continue;
            BigDecimal v = Measures.convert(r.value(), r.symbol(), target.symbol(), r.unit().equals(target.unit()));
            if (v == null) continue;
            reports.add(new Converted(r, v, meets(target, v), !r.indicator().equals(target.indicator())));
        }
        reports.sort(Comparator.comparingInt((Converted c) -> c.report().year()).thenComparing(c -> c.lowerBound())
                .thenComparing(c -> c.report().docId()).thenComparingInt(c -> c.report().start()));
        // A lower bound that falls short of the target says nothing about it.
        List<Converted> deciding = reports.stream().filter(c -> c.meets() || !c.lowerBound()).toList();
        Converted decided = deciding.stream().filter(c -> c.report().year() >= target.year()).findFirst()
                .orElse(deciding.isEmpty() ? null : deciding.getLast());
        Status status;
        if (decided == null) status = Status.NO_LATER_REPORT;
        else if (decided.meets()) status = Status.MET;
        else status = decided.report().year() >= target.year() ? Status.MISSED : Status.NO_LATER_REPORT;
        List<Converted> nearest = new ArrayList<>(reports);
        nearest.sort(Comparator.comparingInt((Converted c) -> Math.abs(c.report().year() - target.year())).thenComparingInt(c -> c.report().year())
                .thenComparing(c -> c.report().docId()).thenComparingInt(c -> c.report().start()));
        List<Converted> kept = new ArrayList<>(nearest.subList(0, Math.min(MAX_REPORTS, nearest.size())));
        if (decided != null && !kept.contains(decided)) kept.set(kept.size() - 1, decided);
        List<Entry> listed = reports.stream().filter(kept::contains).map(Converted::report).toList();
        return new Check(target, listed, decided == null ? null : decided.report(), decided == null ? null : decided.value(), status);
    }

    private static boolean meets(Entry target, BigDecimal observed) {
        int c = observed.compareTo(target.value());
        return target.comparison() == Comparison.AT_MOST ? c <= 0 : c >= 0;
    }

    private static String key(String jurisdiction, String indicator) {
        return jurisdiction + " " + indicator;
    }
}
