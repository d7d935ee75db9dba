package org.dfkg.link;

import java.nio.file.Path;
import java.util.Set;
import org.dfkg.reference.WordUses;

/**
 * The words the link stage reads key phrases with, from {@code data/lexicon/linking-words.tsv}:
 * words that break a phrase, endings of agencies' names, heads of phrases that name a kind of work, and
 * the words that open a side clause (what a task relies on, not what it does).
 */
public record LinkingWords(Set<String> breakers, Set<String> agencyEndings, Set<String> genericHeads, Set<String> sideMarkers) {
    public static final String FILE = "linking-words.tsv";

    public LinkingWords {
        breakers = Set.copyOf(breakers);
        agencyEndings = Set.copyOf(agencyEndings);
        genericHeads = Set.copyOf(genericHeads);
        sideMarkers = Set.copyOf(sideMarkers);
    }

    public static LinkingWords load(Path lexiconFolder) {
        WordUses words = WordUses.read(lexiconFolder.resolve(FILE), "word", "use", Set.of("breaker", "agency-ending", "generic-head", "side-marker"));
        return new LinkingWords(words.words("breaker"), words.words("agency-ending"), words.words("generic-head"), words.words("side-marker"));
    }

    public boolean isAgency(String word) {
        return WordUses.endsWithAny(agencyEndings, word);
    }

    /**
     * The longest kind of work a phrase ends in (管理 in 信息安全管理 or 网格化管理), or null: such a
     * phrase names one initiative only through what qualifies that work.
     */
    public String genericHead(String phrase) {
        String head = null;
        for (String w : genericHeads) {
            if (phrase.endsWith(w) && (head == null || w.length() > head.length())) head = w;
        }
        return head;
    }
}
