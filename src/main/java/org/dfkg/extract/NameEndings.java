package org.dfkg.extract;

import java.nio.file.Path;
import java.util.Set;
import org.dfkg.reference.WordUses;

/** How the names of organisations and of government departments end, from {@code data/lexicon/name-endings.tsv}. */
public record NameEndings(Set<String> organisation, Set<String> department) {
    public static final String FILE = "name-endings.tsv";

    public NameEndings {
        organisation = Set.copyOf(organisation);
        department = Set.copyOf(department);
    }

    public static NameEndings load(Path lexiconFolder) {
        WordUses endings = WordUses.read(lexiconFolder.resolve(FILE), "ending", "uses", Set.of("organisation", "department"));
        return new NameEndings(endings.words("organisation"), endings.words("department"));
    }

    public boolean isOrganisation(String name) {
        return WordUses.endsWithAny(organisation, name);
    }

    public boolean isDepartment(String name) {
        return WordUses.endsWithAny(department, name);
    }
}
