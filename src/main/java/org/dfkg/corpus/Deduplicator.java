package org.dfkg.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * {@code repeatBefore} maps a kept sentence that directly follows a dropped repeat to the kept
     * original of that repeat, so the structure stage can tell where a passage was resumed.
     */
    public record Result(List<Sentence> kept, DeduplicationReport report, Map<Integer, Integer> repeatBefore) {
        public Result {
            repeatBefore = Map.copyOf(repeatBefore);
        }
    }

    public static Result deduplicate(List<Sentence> sentences) {
        Map<String, Integer> seen = new HashMap<>();
        Map<Integer, Integer> repeatBefore = new HashMap<>();
        Integer lastDroppedOriginal = null;
        List<Sentence> kept = new ArrayList<>();
        int droppedSentences = 0;
        int droppedChars = 0;
        boolean previousDropped = false;
        for (Sentence s : sentences) {
            String key = TextNormaliser.withoutSpaces(s.matchText());
            boolean repeat = seen.containsKey(key);
            boolean drop = repeat && (key.length() >= LONG_SENTENCE || previousDropped);
            if (drop) {
                droppedSentences++;
                droppedChars += s.text().length();
                lastDroppedOriginal = seen.get(key);
            } else {
                kept.add(s);
                seen.putIfAbsent(key, s.index());
                if (previousDropped) repeatBefore.put(s.index(), lastDroppedOriginal);
            }
            previousDropped = drop;
        }
        return new Result(kept, new DeduplicationReport(kept.size(), droppedSentences, droppedChars), repeatBefore);
    }
}
