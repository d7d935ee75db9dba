package org.dfkg.reference;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A word list where each word has one or more uses (a column of uses joined with |), read into the
 * words of each use. A use the reader does not know is an error naming the file and line.
 */
public final class WordUses {
    private final Map<String, Set<String>> byUse = new LinkedHashMap<>();

    private WordUses() {}

    public static WordUses read(Path file, String wordColumn, String usesColumn, Set<String> uses) {
        WordUses out = new WordUses();
        uses.forEach(u -> out.byUse.put(u, new LinkedHashSet<>()));
        for (TsvTable.Row row : TsvTable.read(file, wordColumn, usesColumn).rows()) {
            if (row.get(wordColumn).isEmpty()) throw row.error(wordColumn + " is empty");
            for (String use : row.list(usesColumn)) {
                Set<String> words = out.byUse.get(use);
                if (words == null) throw row.error("'" + use + "' is not a use; the uses are " + String.join(", ", uses));
                words.add(row.get(wordColumn));
            }
        }
        return out;
    }

    /** The words of one use. */
    public Set<String> words(String use) {
        return Set.copyOf(byUse.get(use));
    }

    /** Whether a text ends with one of the words. */
    public static boolean endsWithAny(Set<String> endings, String text) {
        for (String w : endings) if (text.endsWith(w)) return true;
        return false;
    }
}
