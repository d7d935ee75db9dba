package org.dfkg.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dfkg.extract.AgencyRef;
import org.dfkg.extract.Role;

/**
 * The agency network as sums: two agencies are tied when one task's clauses name both, once for each
 * pair of roles they hold in it (lead–support, lead–lead …), counted in tasks per year. Collective
 * parties (有关部门) are no agencies and tie nothing ({@link LinkedTask#roles()} leaves them out). The sums are what the network exports and its
 * query read, so that they stay small on a corpus of any size; lineages are merged when read.
 */
public final class AgencyNetwork {
    private AgencyNetwork() {}

    /**
     * Two agencies tied in a year, each in its role, and the tasks that tie them. The first is the one
     * whose role comes first (lead before support before responsible), or, in the same role, whose key
     * sorts first: each tie is counted once.
     */
    public record Tie(AgencyRef first, Role firstRole, AgencyRef second, Role secondRole, int year, int tasks) {
        /** The pair of roles, as lead–support. */
        public String roles() {
            return firstRole.code() + "–" + secondRole.code();
        }
    }

    public static List<Tie> ties(List<LinkedTask> tasks) {
        Map<String, Tie> out = new TreeMap<>();
        for (LinkedTask t : tasks) {
            if (t.year() == null) continue;
            // A task's roles name agencies only (collective parties are left out when it is linked), each once with its set of roles.
            List<Map.Entry<AgencyRef, Set<Role>>> parties = new ArrayList<>(t.roles().entrySet());
            for (int i = 0; i < parties.size(); i++) {
                for (int j = i + 1; j < parties.size(); j++) {
                    for (Role ra : parties.get(i).getValue()) {
                        for (Role rb : parties.get(j).getValue()) {
                            Tie tie = ordered(parties.get(i).getKey(), ra, parties.get(j).getKey(), rb, t.year());
                            out.merge(key(tie), tie, (x, y) -> new Tie(x.first(), x.firstRole(), x.second(), x.secondRole(), x.year(), x.tasks() + 1));
                        }
                    }
                }
            }
        }
        return List.copyOf(out.values());
    }

    private static Tie ordered(AgencyRef a, Role ra, AgencyRef b, Role rb, int year) {
        boolean aFirst = ra.ordinal() < rb.ordinal() || (ra == rb && sortKey(a).compareTo(sortKey(b)) <= 0);
        return aFirst ? new Tie(a, ra, b, rb, year, 1) : new Tie(b, rb, a, ra, year, 1);
    }

    private static String key(Tie t) {
        return sortKey(t.first()) + "|" + t.firstRole() + "|" + sortKey(t.second()) + "|" + t.secondRole() + "|" + t.year();
    }

    static String sortKey(AgencyRef ref) {
        return switch (ref) {
            case AgencyRef.Reconciled r -> r.agencyId();
            case AgencyRef.Unreconciled u -> "~" + u.jurisdictionId() + "|" + u.name();
            case AgencyRef.Collective c -> "~~" + c.jurisdictionId() + "|" + c.name();
        };
    }
}
