package org.dfkg.link;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dfkg.extract.AgencyRef;
import org.dfkg.extract.FigureKind;
import org.dfkg.extract.Role;
import org.dfkg.reference.AgencyChange;
import org.dfkg.reference.Measures;

/**
 * What changed in a programme between two consecutive documents of one issuing government that hold
 * it (in order of their first year, then id; documents of no known jurisdiction form one series). Member tasks are paired one to one, the pair sharing the most key phrases
 * first: a later task paired with an earlier one continues it, an unpaired later task is new, an
 * unpaired earlier task is dropped. Lead agencies are compared by lineage (an agency renamed or
 * merged into another counts as that one), so a renaming is no change. Targets of the same
 * indicator are compared, the later converted into the earlier's unit: raised, lowered or kept.
 */
public final class ProgrammeChanges {
    /** How a later plan restated an earlier target of the same indicator. */
    public enum Revision {
        RAISED, LOWERED, KEPT
    }

    public record TargetRevision(TargetLedger.Entry from, TargetLedger.Entry to, Revision revision) {}

    public record Change(Programme programme, String fromDocument, String toDocument, List<LinkedTask> continued, List<LinkedTask> added,
                         List<LinkedTask> dropped, List<AgencyRef> leadsAdded, List<AgencyRef> leadsDropped, List<AgencyRef> leadsKept,
                         List<TargetRevision> targets) {
        public Change {
            continued = List.copyOf(continued);
            added = List.copyOf(added);
            dropped = List.copyOf(dropped);
            leadsAdded = List.copyOf(leadsAdded);
            leadsDropped = List.copyOf(leadsDropped);
            leadsKept = List.copyOf(leadsKept);
            targets = List.copyOf(targets);
        }
    }

    private final Map<String, String> successor = new HashMap<>();

    public ProgrammeChanges(List<AgencyChange> agencyChanges) {
        for (AgencyChange c : agencyChanges) for (String from : c.from()) successor.put(from, c.to());
    }

    /** The latest agency of a curated agency's lineage; an unreconciled agency is its own. */
    AgencyRef lineageHead(AgencyRef agency) {
        if (!(agency instanceof AgencyRef.Reconciled r)) return agency;
        String id = r.agencyId();
        Set<String> seen = new HashSet<>();
        while (successor.containsKey(id) && seen.add(id)) id = successor.get(id);
        return new AgencyRef.Reconciled(id);
    }

    /** Every programme's changes between consecutive documents of each jurisdiction; targets are the ledger's entries of the documents. */
    public List<Change> changes(List<Programme> programmes, List<TargetLedger.Entry> figures) {
        Map<String, List<TargetLedger.Entry>> targetsByTask = new HashMap<>();
        for (TargetLedger.Entry e : figures) {
            if (e.kind() == FigureKind.TARGET && e.taskKey() != null) targetsByTask.computeIfAbsent(e.docId() + "/" + e.taskKey(), k -> new ArrayList<>()).add(e);
        }
        List<Change> out = new ArrayList<>();
        for (Programme p : programmes) {
            // One series per issuing government: a city's plan carries on the city's last plan, not the province's.
            Map<String, Map<String, List<LinkedTask>>> series = new TreeMap<>();
            p.members().stream().map(Programme.Member::task).filter(t -> t.year() != null)
                    .sorted(Comparator.comparing(LinkedTask::year).thenComparing(LinkedTask::docId).thenComparing(LinkedTask::taskKey))
                    .forEach(t -> series.computeIfAbsent(t.jurisdictionId() == null ? "" : t.jurisdictionId(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(t.docId(), k -> new ArrayList<>()).add(t));
            Map<String, LinkedTask> closest = new HashMap<>();
            for (Programme.Member m : p.members()) closest.put(m.task().id(), m.closest());
            for (Map<String, List<LinkedTask>> byDocument : series.values()) {
                List<String> documents = new ArrayList<>(byDocument.keySet());
                for (int i = 0; i + 1 < documents.size(); i++) {
                    out.add(change(p, documents.get(i), documents.get(i + 1), byDocument.get(documents.get(i)), byDocument.get(documents.get(i + 1)),
                            closest, targetsByTask));
                }
            }
        }
        return out;
    }

    private Change change(Programme p, String fromDoc, String toDoc, List<LinkedTask> before, List<LinkedTask> after, Map<String, LinkedTask> closest,
                          Map<String, List<TargetLedger.Entry>> targetsByTask) {
        record Pair(LinkedTask a, LinkedTask b, int shared, boolean closest) {}
        List<Pair> pairs = new ArrayList<>();
        for (LinkedTask a : before) {
            for (LinkedTask b : after) {
                Set<String> shared = new HashSet<>(a.phrases());
                shared.retainAll(b.phrases());
                boolean near = a.equals(closest.get(b.id())) || b.equals(closest.get(a.id()));
                if (!shared.isEmpty() || near) pairs.add(new Pair(a, b, shared.size(), near));
            }
        }
        pairs.sort(Comparator.comparingInt((Pair x) -> -x.shared()).thenComparing(x -> !x.closest()).thenComparing(x -> x.a().id()).thenComparing(x -> x.b().id()));
        Set<LinkedTask> pairedBefore = new HashSet<>();
        Set<LinkedTask> pairedAfter = new LinkedHashSet<>();
        for (Pair x : pairs) {
            if (pairedBefore.contains(x.a()) || pairedAfter.contains(x.b())) continue;
            pairedBefore.add(x.a());
            pairedAfter.add(x.b());
        }
        List<LinkedTask> continued = after.stream().filter(pairedAfter::contains).toList();
        List<LinkedTask> added = after.stream().filter(t -> !pairedAfter.contains(t)).toList();
        List<LinkedTask> dropped = before.stream().filter(t -> !pairedBefore.contains(t)).toList();
        Map<AgencyRef, AgencyRef> leadsBefore = leads(before);
        Map<AgencyRef, AgencyRef> leadsAfter = leads(after);
        List<AgencyRef> kept = new ArrayList<>();
        List<AgencyRef> gained = new ArrayList<>();
        leadsAfter.forEach((head, agency) -> (leadsBefore.containsKey(head) ? kept : gained).add(agency));
        List<AgencyRef> lost = new ArrayList<>();
        leadsBefore.forEach((head, agency) -> {
            if (!leadsAfter.containsKey(head)) lost.add(agency);
        });
        return new Change(p, fromDoc, toDoc, continued, added, dropped, gained, lost, kept, revisions(before, after, targetsByTask));
    }

    /** The lead agencies of some tasks, each under its lineage's head, in the order the tasks name them. */
    private Map<AgencyRef, AgencyRef> leads(List<LinkedTask> tasks) {
        Map<AgencyRef, AgencyRef> out = new LinkedHashMap<>();
        for (LinkedTask t : tasks) {
            t.roles().forEach((agency, roles) -> {
                if (roles.contains(Role.LEAD)) out.putIfAbsent(lineageHead(agency), agency);
            });
        }
        return out;
    }

    /** Per indicator both documents' member tasks set a target for: the later target against the earlier (the latest deadline of each). */
    private static List<TargetRevision> revisions(List<LinkedTask> before, List<LinkedTask> after, Map<String, List<TargetLedger.Entry>> targetsByTask) {
        Map<String, TargetLedger.Entry> earlier = latestByIndicator(before, targetsByTask);
        Map<String, TargetLedger.Entry> later = latestByIndicator(after, targetsByTask);
        List<TargetRevision> out = new ArrayList<>();
        earlier.forEach((indicator, from) -> {
            TargetLedger.Entry to = later.get(indicator);
            if (to == null) return;
            BigDecimal v = Measures.convert(to.value(), to.symbol(), from.symbol(), to.unit().equals(from.unit()));
            if (v == null) return;
            int c = v.compareTo(from.value());
            out.add(new TargetRevision(from, to, c > 0 ? Revision.RAISED : c < 0 ? Revision.LOWERED : Revision.KEPT));
        });
        return out;
    }

    private static Map<String, TargetLedger.Entry> latestByIndicator(List<LinkedTask> tasks, Map<String, List<TargetLedger.Entry>> targetsByTask) {
        Map<String, TargetLedger.Entry> out = new TreeMap<>();
        for (LinkedTask t : tasks) {
            for (TargetLedger.Entry e : targetsByTask.getOrDefault(t.id(), List.of())) {
                out.merge(e.indicator(), e, (x, y) -> y.year() > x.year() || (y.year() == x.year() && y.start() < x.start()) ? y : x);
            }
        }
        return out;
    }
}
