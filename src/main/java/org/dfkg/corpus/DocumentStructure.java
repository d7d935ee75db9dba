package org.dfkg.corpus;

import java.util.List;
import java.util.Map;

/** The outline of a document after repeated passages were removed. */
public record DocumentStructure(List<Section> sections, List<TaskSpan> tasks, List<Sentence> sentences,
                                Map<Integer, String> sectionOfSentence, DeduplicationReport deduplication) {
    public DocumentStructure {
        sections = List.copyOf(sections);
        tasks = List.copyOf(tasks);
        sentences = List.copyOf(sentences);
        sectionOfSentence = Map.copyOf(sectionOfSentence);
    }

    public Section section(String key) {
        for (Section s : sections) {
            if (s.key().equals(key)) return s;
        }
        throw new IllegalArgumentException("no section " + key);
    }

    /** The section a sentence belongs to (a heading belongs to the section it opens). */
    public Section sectionOf(Sentence sentence) {
        return section(sectionOfSentence.getOrDefault(sentence.index(), "root"));
    }
}
