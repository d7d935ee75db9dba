package org.dfkg.extract;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.util.Collection;
import java.util.TreeMap;

/**
 * Whether a text contains any of a set of labels, in one pass with HanLP's Aho–Corasick automaton.
 * A matcher that only reports words equal to one of its labels can skip segmenting a sentence that
 * contains none of them: segmentation is most of extraction's cost, and most sentences name no
 * technology or place.
 */
final class LabelFilter {
    private final AhoCorasickDoubleArrayTrie<Boolean> automaton = new AhoCorasickDoubleArrayTrie<>();
    private final boolean empty;

    LabelFilter(Collection<String> labels) {
        TreeMap<String, Boolean> map = new TreeMap<>();
        for (String l : labels) if (!l.isEmpty()) map.put(l, Boolean.TRUE);
        this.empty = map.isEmpty();
        if (!empty) automaton.build(map);
    }

    boolean mayMatch(String text) {
        return !empty && !automaton.parseText(text).isEmpty();
    }
}
