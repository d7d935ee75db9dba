package org.dfkg.reference;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lexicon words in the order a reader tries them: the longest first, so that a word is never
 * matched by its own prefix or suffix (专项规划 before 规划, 及以上 before 以上). Words of one length
 * keep the order of their table.
 */
public final class LongestFirst {
    private static final Comparator<String> ORDER = Comparator.comparingInt(String::length).reversed();

    private LongestFirst() {}

    public static List<String> list(Collection<String> words) {
        return words.stream().sorted(ORDER).toList();
    }

    public static <V> Map<String, V> map(Map<String, V> words) {
        Map<String, V> sorted = new LinkedHashMap<>();
        words.keySet().stream().sorted(ORDER).forEach(w -> sorted.put(w, words.get(w)));
        return sorted;
    }
}
