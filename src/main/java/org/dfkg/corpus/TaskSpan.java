package org.dfkg.corpus;

import java.util.List;

/**
 * One task item: the sentences that make it up, in document order. A task may skip sentences
 * that were dropped as repeats, so its text is the concatenation of its sentences.
 */
public record TaskSpan(String key, String sectionKey, String itemMarker, List<Sentence> sentences) {
    public TaskSpan {
        sentences = List.copyOf(sentences);
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("a task needs at least one sentence");
        }
    }

    public int start() {
        return sentences.getFirst().start();
    }

    public int end() {
        return sentences.getLast().end();
    }

    public String text() {
        StringBuilder b = new StringBuilder();
        sentences.forEach(s -> b.append(s.text()));
        return b.toString();
    }

    /** The item's short title: its first sentence without the marker and the final stop. */
    public String title() {
        Sentence first = sentences.getFirst();
        String t = first.text().substring(first.originalStart(first.markerText().length())).strip();
        int stop = t.indexOf('。');
        if (stop > 0) {
            t = t.substring(0, stop);
        }
        return t.length() > 60 ? t.substring(0, 60) + "…" : t;
    }
}
