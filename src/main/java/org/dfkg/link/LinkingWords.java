package org.dfkg.link;

import java.nio.file.Path;
import java.util.Set;
import org.dfkg.reference.WordUses;

/**
 * The words the link stage reads key phrases with, from {@code data/lexicon/linking-words.tsv}:
 * words that break a phrase, endings of agencies' names, and heads of phrases that name a kind of work.
 */
public record LinkingWords(Set<String> breakers, Set<String> agencyEndings, Set<String> genericHeads) {
    public static final String FILE = "linking-words.tsv";

    public LinkingWords {
        breakers = Set.copyOf(breakers);
        agencyEndings = Set.copyOf(agencyEndings);
        genericHeads = Set.copyOf(genericHeads);
    }

    public static LinkingWords load(Path lexiconFolder) {
        WordUses words = WordUses.read(lexiconFolder.resolve(FILE), "word", "use", Set.of("breaker", "agency-ending", "generic-head"));
        return new LinkingWords(words.words("breaker"), words.words("agency-ending"), words.words("generic-head"));
    }

    public boolean isAgency(String word) {
        return WordUses.endsWithAny(agencyEndings, word);
    }

    /** Whether a phrase names a kind of work (信息安全管理) rather than one initiative. */
    public boolean isGeneric(String phrase) {
        return WordUses.endsWithAny(genericHeads, phrase);
    }
}
