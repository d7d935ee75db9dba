package org.dfkg.link;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The key phrases of a task: named programmes in quotation marks (“数字福建·宽带工程”, and its last
 * part 宽带工程), and runs of one to three content words after HanLP segmentation (政务 + 外网 →
 * 政务外网). Content words are nouns, verbal nouns and Latin words; places and organisations are
 * left out, since a shared agency or city is evidence of its own, not of a shared initiative.
 * Synonyms from reference data fold variants into one phrase (社会保障卡 → 社保卡). Not thread-safe.
 */
public final class KeyPhrases {
    private static final Pattern QUOTED = Pattern.compile("[“\"「]([^”\"」]{2,20})[”\"」]");
    private static final int MAX_WORDS = 3;
    private static final int MIN_CHARS = 3;
    private static final int MAX_CHARS = 12;

    private final Segment segment;
    private final Map<String, String> synonyms;
    private final List<String> curated;

    private final LinkingWords words;

    /**
     * @param synonyms   variant → canonical phrase
     * @param dictionaryWords extra dictionary words (scheme labels, synonyms)
     * @param words      the words that break a phrase
     */
    public KeyPhrases(Map<String, String> synonyms, Set<String> dictionaryWords, LinkingWords words) {
        this.words = words;
        this.synonyms = Map.copyOf(synonyms);
        Set<String> all = new TreeSet<>(synonyms.keySet());
        all.addAll(synonyms.values());
        this.curated = List.copyOf(all);
        DynamicCustomDictionary dictionary = new DynamicCustomDictionary();
        for (String w : dictionaryWords) dictionary.insert(w, "nz 1000");
        for (String w : synonyms.keySet()) dictionary.insert(w, "nz 1000");
        for (String w : synonyms.values()) dictionary.insert(w, "nz 1000");
        this.segment = HanLP.newSegment().enableCustomDictionary(dictionary).enablePlaceRecognize(true).enableOrganizationRecognize(true);
    }

    /** Quoted names, kept apart because an identical named programme is the strongest evidence. */
    public Set<String> quotedNames(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = QUOTED.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC));
        while (m.find()) {
            String name = m.group(1).strip();
            out.add(canonical(name));
            int dot = Math.max(name.lastIndexOf('·'), name.lastIndexOf('•'));
            if (dot > 0 && name.length() - dot - 1 >= MIN_CHARS - 1) out.add(canonical(name.substring(dot + 1)));
        }
        return out;
    }

    public Set<String> phrases(String text) {
        Set<String> out = new TreeSet<>(quotedNames(text));
        List<String> run = new ArrayList<>();
        for (Term t : segment.seg(Normalizer.normalize(text, Normalizer.Form.NFKC))) {
            // HanLP's organisation recogniser may fold a curated phrase into a name (福建省网上办事大厅).
            for (String c : curated) {
                if (t.word.contains(c)) out.add(canonical(c));
            }
            if (isContent(t)) {
                run.add(t.word);
                continue;
            }
            addRun(run, out);
            run.clear();
        }
        addRun(run, out);
        return out;
    }

    private void addRun(List<String> run, Set<String> out) {
        for (int i = 0; i < run.size(); i++) {
            StringBuilder b = new StringBuilder();
            for (int k = i; k < run.size() && k < i + MAX_WORDS; k++) {
                b.append(run.get(k));
                String p = b.toString();
                if (p.length() >= MIN_CHARS && p.length() <= MAX_CHARS) out.add(canonical(p));
            }
        }
    }

    /** Phrases recur across thousands of tasks: one shared instance of each keeps a large corpus's link records small. */
    private final java.util.Map<String, String> interned = new java.util.HashMap<>();

    private String canonical(String phrase) {
        String c = synonyms.getOrDefault(phrase, phrase);
        return interned.computeIfAbsent(c, k -> k);
    }

    private boolean isContent(Term t) {
        String n = t.nature == null ? "" : t.nature.toString();
        if (n.startsWith("ns") || n.startsWith("nt") || n.startsWith("nr")) return false;
        if (words.breakers().contains(t.word) || words.isAgency(t.word)) return false;
        return n.startsWith("n") || n.equals("vn") || n.equals("gi") || n.equals("nx") || n.equals("x");
    }
}
