package org.dfkg.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dfkg.reference.Indicator;
import org.dfkg.reference.LongestFirst;

/**
 * Maps a figure to the indicator of the scheme its clause names: the wording nearest the figure's
 * number whose indicator is measured in the figure's dimension (数字经济增加值 for 4万亿元, not for 55%).
 * The longest wording wins where two overlap (NB-IoT基站 over 基站). An increase (新增10000个基站) is
 * no level of an indicator, and a clause that names none maps to none: such figures are reported, not guessed.
 */
public final class IndicatorMatcher {
    private final Map<String, Indicator> byWording = new LinkedHashMap<>();
    private final FigureLexicon words;

    public IndicatorMatcher(List<Indicator> indicators, FigureLexicon words) {
        Map<String, Indicator> all = new LinkedHashMap<>();
        for (Indicator i : indicators) for (String w : i.surfaceForms()) all.put(w, i);
        for (String w : LongestFirst.list(all.keySet())) byWording.put(w, all.get(w));
        this.words = words;
    }

    /** The indicator's IRI, or null when the figure's wording names none in its dimension. */
    public String indicatorOf(Figure f) {
        // Width-folded, so that a wording in ASCII brackets matches a clause in full-width ones.
        String metric = Normalizer.normalize(f.metric(), Normalizer.Form.NFKC);
        int at = metric.indexOf(Normalizer.normalize(f.evidence().text(), Normalizer.Form.NFKC).strip());
        // A table row's name holds no number: the name is all before it.
        if (at < 0) at = metric.length();
        if (words.isIncrement(metric.substring(0, at))) return null;
        boolean[] taken = new boolean[metric.length()];
        Indicator best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (var e : byWording.entrySet()) {
            String w = e.getKey();
            for (int i = metric.indexOf(w); i >= 0; i = metric.indexOf(w, i + 1)) {
                if (overlaps(taken, i, i + w.length())) continue;
                for (int k = i; k < i + w.length(); k++) taken[k] = true;
                if (!e.getValue().measures(f.dimension())) continue;
                int distance = i + w.length() <= at ? at - (i + w.length()) : Math.max(0, i - at);
                if (distance < bestDistance) {
                    best = e.getValue();
                    bestDistance = distance;
                }
            }
        }
        return best == null ? null : best.iri();
    }

    private static boolean overlaps(boolean[] taken, int from, int to) {
        for (int k = from; k < to; k++) if (taken[k]) return true;
        return false;
    }

    /** The figures that name no indicator, as a warning naming the file, or null when every figure names one. */
    public static String unmappedWarning(String path, List<Figure> figures) {
        List<String> unmapped = new ArrayList<>();
        for (Figure f : figures) if (f.indicator() == null) unmapped.add(f.metric());
        if (unmapped.isEmpty()) return null;
        return path + ": " + unmapped.size() + " of " + figures.size() + " figures name no indicator of the scheme (indicators.ttl) or are"
                + " increases, so the target ledger leaves them out: " + String.join("; ", unmapped.subList(0, Math.min(3, unmapped.size())))
                + (unmapped.size() > 3 ? "; …" : "");
    }
}
