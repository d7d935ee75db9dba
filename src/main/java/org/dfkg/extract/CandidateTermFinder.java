package org.dfkg.extract;

import com.hankcs.hanlp.HanLP;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Suggests technology terms the scheme lacks, for curators. Two sources: glossary entries whose
 * term names no concept, and HanLP TextRank keywords of task headings that look technical (Latin
 * letters or digits, or a technical head word such as 网络, 技术, 平台, 感知) and contain no label
 * the scheme already has. Suggestions only: nothing here enters the graph.
 */
public final class CandidateTermFinder {
    private static final Pattern TECHNICAL = Pattern.compile("[A-Za-z]|\\d|(网|网络|技术|系统|计算|通信|数据|智能|终端|芯片|传感|识别|定位|导航|感知|电视|宽带|卫星|云)$|^(云|智能|数字|电子)");
    private static final int KEYWORDS_PER_HEADING = 5;

    /** A suggested term: where it was seen and why. */
    public record Candidate(String term, String source, TreeSet<String> documents, String example) {}

    private final TechnologyMatcher matcher;

    public CandidateTermFinder(TechnologyMatcher matcher) {
        this.matcher = matcher;
    }

    public List<Candidate> find(List<ExtractedDocument> documents) {
        Map<String, Candidate> byTerm = new TreeMap<>();
        for (ExtractedDocument d : documents) {
            for (GlossaryEntry g : d.glossary()) {
                if (g.conceptIri() == null) add(byTerm, g.term().text(), "glossary", d.source().id(), g.definition());
            }
            for (ExtractedTask t : d.tasks()) {
                String heading = t.span().title();
                for (String word : HanLP.extractKeyword(heading, KEYWORDS_PER_HEADING)) {
                    String keyword = widenLatin(heading, word);
                    if (!specific(keyword) || !TECHNICAL.matcher(keyword).find() || knows(keyword)) continue;
                    add(byTerm, keyword, "heading keyword", d.source().id(), heading);
                }
            }
        }
        List<Candidate> out = new ArrayList<>(byTerm.values());
        out.sort(Comparator.comparing((Candidate c) -> c.source().equals("glossary") ? 0 : 1)
                .thenComparing(c -> -c.documents().size()).thenComparing(Candidate::term));
        return out;
    }

    /** A word of three or more characters, or a Latin acronym; 数据 and 网络 say nothing. */
    private static boolean specific(String word) {
        if (Character.isDigit(word.charAt(0))) return false;  // 300TB is a quantity
        return word.length() >= 3 || word.matches("[A-Za-z][A-Za-z0-9\\-]+");
    }

    /** The segmenter cuts IPv6 into IPv + 6: widen a Latin keyword to the whole token of the heading. */
    private static String widenLatin(String heading, String word) {
        int at = heading.indexOf(word);
        if (at < 0 || !word.matches("[A-Za-z0-9\\-]+")) return word;
        int start = at;
        int end = at + word.length();
        while (start > 0 && String.valueOf(heading.charAt(start - 1)).matches("[A-Za-z0-9\\-]")) start--;
        while (end < heading.length() && String.valueOf(heading.charAt(end)).matches("[A-Za-z0-9\\-]")) end++;
        return heading.substring(start, end);
    }

    /** Whether the scheme has the word, a label inside it (物联网 in 物联网技术) or a label around it (电视网 in 广播电视网). */
    private boolean knows(String word) {
        if (matcher.conceptOfLabel(word) != null) return true;
        String upper = word.toUpperCase(java.util.Locale.ROOT);
        for (String label : matcher.labels()) {
            if (label.contains(upper)) return true;
        }
        for (int i = 0; i < word.length(); i++) {
            for (int j = i + 2; j <= word.length(); j++) {
                if (matcher.conceptOfLabel(word.substring(i, j)) != null) return true;
            }
        }
        return false;
    }

    private static void add(Map<String, Candidate> byTerm, String term, String source, String doc, String example) {
        byTerm.computeIfAbsent(term, k -> new Candidate(term, source, new TreeSet<>(), example.length() > 60 ? example.substring(0, 60) + "…" : example))
                .documents().add(doc);
    }
}
