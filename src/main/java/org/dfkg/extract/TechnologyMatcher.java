package org.dfkg.extract;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dfkg.corpus.Sentence;
import org.dfkg.reference.TechnologyConcept;

/**
 * Finds technology mentions. Every label of the SKOS scheme goes into this matcher's own HanLP
 * custom dictionary, so segmentation and matching agree: a label is found only where HanLP cuts
 * a word (or a run of up to four words) that is exactly the label, and the longest label wins
 * (窄带物联网 over 物联网). The custom words are offered to HanLP's lattice, not forced: forcing
 * lets a core word such as 向下 swallow the first character of 下一代网络, while the run of up to four
 * words still catches a label that the segmenter cut in two (下一代 + 网络). The segmenter is not
 * thread-safe: use one matcher per thread.
 */
public final class TechnologyMatcher {
    static final String NATURE = "ntech";
    private static final int MAX_WORDS = 4;

    private final Map<String, String> conceptByLabel = new HashMap<>();
    private final Segment segment;
    private final int longestLabel;
    private final LabelFilter filter;

    public TechnologyMatcher(List<TechnologyConcept> concepts) {
        DynamicCustomDictionary dictionary = new DynamicCustomDictionary();
        int longest = 0;
        for (TechnologyConcept c : concepts) {
            for (String label : c.detectableLabels()) {
                for (String form : new String[] {label, label.toUpperCase(Locale.ROOT), label.toLowerCase(Locale.ROOT)}) {
                    dictionary.insert(form, NATURE + " 1000");
                }
                conceptByLabel.put(label.toUpperCase(Locale.ROOT), c.iri());
                longest = Math.max(longest, label.length());
            }
        }
        this.longestLabel = longest;
        this.filter = new LabelFilter(conceptByLabel.keySet());
        this.segment = HanLP.newSegment().enableCustomDictionary(dictionary).enableCustomDictionaryForcing(false).enableOffset(true);
    }

    /** The concept whose label is exactly {@code label} (case-insensitive), or null. */
    public String conceptOfLabel(String label) {
        return conceptByLabel.get(label.toUpperCase(Locale.ROOT));
    }

    /** Every detectable label, upper-cased. */
    public java.util.Set<String> labels() {
        return java.util.Collections.unmodifiableSet(conceptByLabel.keySet());
    }

    public List<TechnologyMention> find(Sentence sentence) {
        List<TechnologyMention> mentions = new ArrayList<>();
        // A match is a run of words equal to a label, so a sentence holding no label needs no segmenting.
        if (!filter.mayMatch(sentence.matchText().toUpperCase(Locale.ROOT))) return mentions;
        List<Term> terms = segment.seg(sentence.matchText());
        int i = 0;
        while (i < terms.size()) {
            int matchedWords = 0;
            String concept = null;
            StringBuilder run = new StringBuilder();
            for (int k = i; k < terms.size() && k < i + MAX_WORDS; k++) {
                run.append(terms.get(k).word);
                if (run.length() > longestLabel) break;
                String c = conceptByLabel.get(run.toString().toUpperCase(Locale.ROOT));
                if (c != null) {
                    concept = c;
                    matchedWords = k - i + 1;
                }
            }
            if (concept != null) {
                int start = terms.get(i).offset;
                Term last = terms.get(i + matchedWords - 1);
                int end = last.offset + last.word.length();
                mentions.add(new TechnologyMention(concept, sentence.original(start, end), TextSpan.within(sentence, start, end)));
                i += matchedWords;
            } else {
                i++;
            }
        }
        return mentions;
    }
}
