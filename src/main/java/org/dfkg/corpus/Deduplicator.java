package org.dfkg.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Drops sentences that repeat an earlier one. Scraped pages repeat whole passages, so a long
 * sentence seen before is dropped wherever it recurs; a short one (a heading, a bare
 * responsibility clause) is dropped only inside a run of repeats, because short sentences
 * such as "（责任单位：省数字办）" legitimately recur in a text.
 */
public final class Deduplicator {
    /** Sentences at least this long (in characters, white space removed) are unique enough to drop anywhere. */
    public static final int LONG_SENTENCE = 12;

    private Deduplicator() {}

    public record Result(List<Sentence> kept, DeduplicationReport report) {}

    public static Result deduplicate(List<Sentence> sentences) {
        Set<String> seen = new HashSet<>();
        List<Sentence> kept = new ArrayList<>();
        int droppedSentences = 0;
        int droppedChars = 0;
        boolean previousDropped = false;
        for (Sentence s : sentences) {
            String key = s.matchText().replaceAll("[\\s\\p{Z}]+", "");
            boolean repeat = seen.contains(key);
            boolean drop = repeat && (key.length() >= LONG_SENTENCE || previousDropped);
            if (drop) {
                droppedSentences++;
                droppedChars += s.text().length();
            } else {
                kept.add(s);
                seen.add(key);
            }
            previousDropped = drop;
        }
        return new Result(kept, new DeduplicationReport(kept.size(), droppedSentences, droppedChars));
    }
}
