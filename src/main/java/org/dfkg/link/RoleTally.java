package org.dfkg.link;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.dfkg.extract.Role;

/**
 * The distinct documents and tasks one agency holds a role in, in all and per role: filled while
 * reading assignments, then read as counts. A task counts once per role however many clauses name it.
 */
public final class RoleTally {
    private final Set<String> documents = new HashSet<>();
    private final Set<String> tasks = new HashSet<>();
    private final Map<Role, Set<String>> byRole = new EnumMap<>(Role.class);

    public void add(String docId, String taskId, Role role) {
        documents.add(docId);
        tasks.add(taskId);
        byRole.computeIfAbsent(role, r -> new HashSet<>()).add(taskId);
    }

    public int documents() {
        return documents.size();
    }

    public int tasks() {
        return tasks.size();
    }

    public int tasks(Role role) {
        return byRole.getOrDefault(role, Set.of()).size();
    }

    /** The counts, as one year of an agency's record. */
    public Summaries.AgencyYear asYear(org.dfkg.extract.AgencyRef agency, int year) {
        return new Summaries.AgencyYear(agency, year, documents(), tasks(), tasks(Role.LEAD), tasks(Role.SUPPORT), tasks(Role.RESPONSIBLE));
    }
}
