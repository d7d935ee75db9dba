package org.dfkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dfkg.corpus.MarkerKind;
import org.dfkg.corpus.SectionKind;
import org.dfkg.corpus.Sentence;
import org.dfkg.corpus.SourceDocument;

/**
 * Reads the glossary entries of 专栏 boxes: a line "Term：definition" inside a box. A line counts
 * as an entry when its term is a label of the technology scheme, or when the definition opens
 * with a defining phrase (即, 是指, 指, 就是, 是, 又称); other "heading：text" lines in boxes are
 * indicator lists, not definitions. Stateless apart from the label lookup it is given.
 */
public final class GlossaryReader {
    private static final Pattern ENTRY = Pattern.compile("^([^，。；：:、（）()]{1,24})[：:]\\s*");
    private static final Pattern DEFINING = Pattern.compile("^(即|是指|指|就是|是|又称|也称|简称)");

    private final Function<String, String> conceptOfLabel;

    /** {@code conceptOfLabel} maps an exact label to its concept IRI, or null. */
    public GlossaryReader(Function<String, String> conceptOfLabel) {
        this.conceptOfLabel = conceptOfLabel;
    }

    public List<GlossaryEntry> read(SourceDocument doc) {
        List<GlossaryEntry> entries = new ArrayList<>();
        List<Sentence> sentences = doc.structure().sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            var section = doc.structure().sectionOf(s);
            if (section.kind() != SectionKind.BOX || s.marker() == MarkerKind.BOX) continue;
            Matcher m = ENTRY.matcher(s.matchText());
            if (!m.find()) continue;
            int termStart = m.start(1);
            int termEnd = m.end(1);
            while (termStart < termEnd && Character.isWhitespace(s.matchText().charAt(termStart))) termStart++;
            while (termEnd > termStart && Character.isWhitespace(s.matchText().charAt(termEnd - 1))) termEnd--;
            String rest = s.matchText().substring(m.end());
            String concept = conceptOfLabel.apply(s.matchText().substring(m.start(1), m.end(1)).strip());
            if (concept == null && !DEFINING.matcher(rest).find()) continue;
            List<Sentence> line = new ArrayList<>(List.of(s));
            // A definition runs to the end of its line, over as many sentences as that takes.
            while (i + 1 < sentences.size() && !doc.original().substring(line.getLast().end(), sentences.get(i + 1).start()).contains("\n")) {
                line.add(sentences.get(++i));
            }
            String definition = doc.original().substring(s.start() + s.originalEnd(m.end()), line.getLast().end()).strip();
            if (definition.isEmpty()) continue;
            entries.add(new GlossaryEntry(concept, TextSpan.within(s, termStart, termEnd), definition, line, section.key()));
        }
        return entries;
    }
}
