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
    /** Without organisation recognition: reads again a span that the recogniser took for an organisation but is none. */
    private final Segment plain;
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
        this.plain = HanLP.newSegment().enableCustomDictionary(dictionary).enablePlaceRecognize(true);
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

    /** A task's key phrases, the content words they are made of (the linker asks how common each word is), and its quoted names. */
    public record Reading(Set<String> phrases, Set<String> words, Set<String> quotedNames) {}

    public Set<String> phrases(String text) {
        return read(text).phrases();
    }

    public Reading read(String text) {
        Set<String> quoted = quotedNames(text);
        Set<String> out = new TreeSet<>(quoted);
        Set<String> contentWords = new TreeSet<>();
        List<String> run = new ArrayList<>();
        boolean placeLed = false;
        boolean clauseStart = true;
        boolean sideClause = false;
        for (Term t : terms(Normalizer.normalize(text, Normalizer.Form.NFKC))) {
            // A clause that opens with a side marker (依托全省电子政务外网，…) names what the task relies on,
            // not what it does: it gives the task no phrase.
            if (CLAUSE_END.matcher(t.word).matches()) {
                clauseStart = true;
                sideClause = false;
            } else if (clauseStart && !t.word.isBlank() && !PUNCTUATION.matcher(t.word).matches()) {
                clauseStart = false;
                sideClause = words.sideMarkers().contains(t.word);
            }
            if (sideClause) {
                addRun(run, placeLed, out);
                run.clear();
                placeLed = false;
                continue;
            }
            // HanLP's organisation recogniser may fold a curated phrase into a name (福建省网上办事大厅).
            for (String c : curated) {
                if (t.word.contains(c)) out.add(canonical(c));
            }
            if (isContent(t)) {
                run.add(t.word);
                contentWords.add(canonical(t.word));
                continue;
            }
            addRun(run, placeLed, out);
            run.clear();
            // A place may lead the name that follows it (平潭 + 智慧岛), but is no phrase alone and no content word.
            placeLed = isPlace(t);
            if (placeLed) run.add(t.word);
        }
        addRun(run, placeLed, out);
        return new Reading(out, contentWords, quoted);
    }

    /**
     * HanLP's organisation recogniser also fires on spans such as 推进利用北斗卫星系统 or
     * 建设区域数字图书馆服务平台, which would hide their content words: a span it calls an
     * organisation that has no agency's ending, or holds punctuation, is segmented again without it.
     */
    private List<Term> terms(String text) {
        List<Term> out = new ArrayList<>();
        for (Term t : segment.seg(text)) {
            boolean organisation = t.nature != null && t.nature.toString().startsWith("nt");
            if (organisation && (!words.isAgency(t.word) || PUNCTUATION.matcher(t.word).find())) out.addAll(plain.seg(t.word));
            else out.add(t);
        }
        return out;
    }

    private static final Pattern PUNCTUATION = Pattern.compile("\\p{P}");
    private static final Pattern CLAUSE_END = Pattern.compile("[，,；;。：:！!？?]+");

    private void addRun(List<String> run, boolean placeLed, Set<String> out) {
        for (int i = 0; i < run.size(); i++) {
            StringBuilder b = new StringBuilder();
            for (int k = i; k < run.size() && k < i + MAX_WORDS; k++) {
                b.append(run.get(k));
                if (placeLed && k == 0) continue;
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

    private static boolean isPlace(Term t) {
        return t.nature != null && t.nature.toString().startsWith("ns");
    }

    private boolean isContent(Term t) {
        String n = t.nature == null ? "" : t.nature.toString();
        if (n.startsWith("ns") || n.startsWith("nt") || n.startsWith("nr")) return false;
        if (words.breakers().contains(t.word) || words.isAgency(t.word)) return false;
        // Distinguishing words (公共, 公交), adverbial verbs (协同) and adjectives of two characters or more
        // (健康) are parts of names: 电子政务公共平台, 城市公交, 协同办公, 居民健康信息系统.
        if (n.equals("b") || n.equals("vd") || (n.equals("a") && t.word.length() >= 2)) return true;
        return n.startsWith("n") || n.equals("vn") || n.equals("gi") || n.equals("nx") || n.equals("x");
    }
}
