package org.dfkg.corpus;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dfkg.reference.TsvTable;

/**
 * Taiwan terms that machine conversion to Traditional characters introduces (網際網路 for 互联网,
 * 軟體 for 软件), in Simplified characters, with the mainland term each stands for. The pairs are
 * HanLP's own (its {@code t2tw} conversion table, read backwards), less those whose Taiwan form is
 * also an ordinary mainland word in HanLP's core dictionary (程序 is Taiwan for 进程, but in a plan
 * it means a procedure); {@code data/lexicon/taiwan-vocabulary.tsv} adds the genre's common ones
 * that this rule leaves out (资讯 → 信息) and can veto a pair. Folded only in texts written in
 * Traditional characters. Thread-safe.
 */
public final class TaiwanVocabulary {
    public static final String FILE = "taiwan-vocabulary.tsv";
    private static final String HANLP_TABLE = "data/dictionary/tc/t2tw.txt";

    /** A Taiwan term at [start, end) of the searched text and its mainland form. */
    public record Hit(int start, int end, String mainland) {}

    private final AhoCorasickDoubleArrayTrie<String> automaton = new AhoCorasickDoubleArrayTrie<>();
    private final boolean empty;

    private TaiwanVocabulary(Map<String, String> pairs) {
        this.empty = pairs.isEmpty();
        if (!empty) automaton.build(new TreeMap<>(pairs));
    }

    public static TaiwanVocabulary none() {
        return new TaiwanVocabulary(Map.of());
    }

    /** HanLP's pairs with the lexicon file's additions and vetoes (a pair whose mainland column is empty). */
    public static TaiwanVocabulary load(Path lexiconFolder) {
        Map<String, String> pairs = new TreeMap<>();
        try (InputStream in = TaiwanVocabulary.class.getClassLoader().getResourceAsStream(HANLP_TABLE)) {
            if (in == null) throw new IllegalStateException(HANLP_TABLE + " is missing from HanLP's jar");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int eq = line.indexOf('=');
                if (eq <= 0) continue;
                String taiwan = HanLP.convertToSimplifiedChinese(line.substring(eq + 1).strip());
                String mainland = HanLP.convertToSimplifiedChinese(line.substring(0, eq).strip());
                if (taiwan.length() < 2 || taiwan.equals(mainland) || CoreDictionary.contains(taiwan)) continue;
                pairs.putIfAbsent(taiwan, mainland);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (TsvTable.Row row : TsvTable.read(lexiconFolder.resolve(FILE), "taiwan", "mainland").rows()) {
            if (row.get("mainland").isEmpty()) pairs.remove(row.get("taiwan"));
            else pairs.put(row.get("taiwan"), row.get("mainland"));
        }
        return new TaiwanVocabulary(pairs);
    }

    /** The Taiwan terms of a Simplified text, longest first where they overlap, left to right. */
    public List<Hit> find(String text) {
        List<Hit> hits = new ArrayList<>();
        if (empty) return hits;
        var all = new ArrayList<>(automaton.parseText(text));
        all.sort((a, b) -> a.begin != b.begin ? Integer.compare(a.begin, b.begin) : Integer.compare(b.end, a.end));
        int covered = 0;
        for (var h : all) {
            if (h.begin < covered) continue;
            hits.add(new Hit(h.begin, h.end, h.value));
            covered = h.end;
        }
        return hits;
    }
}
