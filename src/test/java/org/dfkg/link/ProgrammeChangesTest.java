package org.dfkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dfkg.extract.AgencyRef;
import org.dfkg.extract.Comparison;
import org.dfkg.extract.FigureKind;
import org.dfkg.extract.Role;
import org.dfkg.reference.AgencyChange;
import org.dfkg.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/** A programme's changes between consecutive documents, on the curated agency changes. */
class ProgrammeChangesTest {
    private static final List<AgencyChange> CHANGES = ReferenceData.load(Path.of("data/reference")).agencyChanges();
    private static final AgencyChange RENAMING = CHANGES.stream().filter(c -> c.from().size() == 1).findFirst().orElseThrow();

    private static LinkedTask task(String doc, String key, int year, Set<String> phrases, Map<AgencyRef, Set<Role>> roles) {
        return new LinkedTask(doc, key, year, "fujian", phrases, phrases, Set.of(), Set.of(), Set.of(), roles);
    }

    private static Programme programme(LinkedTask... tasks) {
        List<Programme.Member> members = new java.util.ArrayList<>();
        for (LinkedTask t : tasks) members.add(new Programme.Member(t, tasks[0] == t ? tasks[1] : tasks[0], List.of(), List.of(), List.of(), 4.0));
        return new Programme("电子政务", "电子政务", null, List.of("电子政务"), members, 2010, 2015);
    }

    private static TargetLedger.Entry target(String doc, String task, int start, String value, String unit, String symbol) {
        return new TargetLedger.Entry(doc, start, start + 3, FigureKind.TARGET, "https://w3id.org/dfkg/id/indicator/fibre-cable-length", "fujian", 2015, 2011,
                new BigDecimal(value), unit, symbol, Comparison.REACH, task);
    }

    @Test
    void tasksArePairedBySharedPhrasesAndTheRestAreNewOrDropped() {
        LinkedTask a1 = task("plan-2010", "t1", 2010, Set.of("电子政务", "外网"), Map.of());
        LinkedTask a2 = task("plan-2010", "t2", 2010, Set.of("电子政务", "审批"), Map.of());
        LinkedTask b1 = task("plan-2011", "t1", 2011, Set.of("电子政务", "外网", "云"), Map.of());
        LinkedTask b2 = task("plan-2011", "t2", 2011, Set.of("电子证照"), Map.of());
        ProgrammeChanges.Change c = new ProgrammeChanges(CHANGES).changes(List.of(programme(a1, a2, b1, b2)), List.of()).getFirst();
        assertEquals("plan-2010", c.fromDocument());
        assertEquals(List.of(b1), c.continued());
        assertEquals(List.of(b2), c.added());
        assertEquals(List.of(a2), c.dropped(), "a1 and b1 share the most phrases, so a2 is left without a partner");
    }

    @Test
    void aCityPlanCarriesOnTheCitysLastPlanNotTheProvinces() {
        LinkedTask p2010 = task("province-2010", "t1", 2010, Set.of("电子政务"), Map.of());
        LinkedTask c2012 = new LinkedTask("city-2012", "t1", 2012, "fuzhou", Set.of("电子政务"), Set.of("电子政务"), Set.of(), Set.of(), Set.of(), Map.of());
        LinkedTask p2015 = task("province-2015", "t1", 2015, Set.of("电子政务"), Map.of());
        LinkedTask c2017 = new LinkedTask("city-2017", "t1", 2017, "fuzhou", Set.of("电子政务"), Set.of("电子政务"), Set.of(), Set.of(), Set.of(), Map.of());
        List<String> pairs = new ProgrammeChanges(CHANGES).changes(List.of(programme(p2010, c2012, p2015, c2017)), List.of()).stream()
                .map(c -> c.fromDocument() + "→" + c.toDocument()).sorted().toList();
        assertEquals(List.of("city-2012→city-2017", "province-2010→province-2015"), pairs);
    }

    @Test
    void aRenamedLeadIsKeptAndAnotherLeadIsAChange() {
        AgencyRef old = new AgencyRef.Reconciled(RENAMING.from().getFirst());
        AgencyRef renamed = new AgencyRef.Reconciled(RENAMING.to());
        AgencyRef other = new AgencyRef.Reconciled("an-agency-never-renamed");
        LinkedTask a = task("plan-2010", "t1", 2010, Set.of("电子政务"), Map.of(old, Set.of(Role.LEAD), other, Set.of(Role.LEAD)));
        LinkedTask b = task("plan-2013", "t1", 2013, Set.of("电子政务"), Map.of(renamed, Set.of(Role.LEAD)));
        ProgrammeChanges.Change c = new ProgrammeChanges(CHANGES).changes(List.of(programme(a, b)), List.of()).getFirst();
        assertEquals(List.of(renamed), c.leadsKept());
        assertEquals(List.of(), c.leadsAdded());
        assertEquals(List.of(other), c.leadsDropped());
    }

    @Test
    void aTargetOfTheSameIndicatorIsComparedInTheEarlierUnit() {
        LinkedTask a = task("plan-2011", "t1", 2011, Set.of("电子政务"), Map.of());
        LinkedTask b = task("plan-2016", "t1", 2016, Set.of("电子政务"), Map.of());
        List<TargetLedger.Entry> figures = List.of(target("plan-2011", "t1", 10, "50", "万公里", "km"), target("plan-2016", "t1", 20, "600000000", "米", "m"));
        ProgrammeChanges.Change c = new ProgrammeChanges(CHANGES).changes(List.of(programme(a, b)), figures).getFirst();
        assertEquals(1, c.targets().size());
        assertEquals(ProgrammeChanges.Revision.RAISED, c.targets().getFirst().revision(), "600,000 km is more than 50");
    }
}
