package org.dfkg.extract;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import org.dfkg.corpus.Sentence;
import org.dfkg.reference.Place;
import org.dfkg.reference.ReferenceData;

/**
 * Finds places with HanLP's place recognition (words tagged ns) and keeps those the place
 * reference data knows, so that every place links to a curated entity. The gazetteer's names go
 * into this matcher's own custom dictionary as place words, so that county names HanLP's core
 * dictionary lacks are cut whole; HanLP's organisation recognition keeps 福州大学 one word, so a
 * place inside an organisation's name is not a place mention. Known limit: 和 between two names can be read into a word (长乐和平潭 → 和平).
 * Not thread-safe.
 */
public final class PlaceMatcher {
    private final ReferenceData reference;
    private final Segment segment;
    private final LabelFilter filter;

    public PlaceMatcher(ReferenceData reference) {
        this.reference = reference;
        DynamicCustomDictionary gazetteer = new DynamicCustomDictionary();
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Place p : reference.places().values()) {
            names.addAll(p.names());
            gazetteer.insert(p.nameZh(), "ns 1000");
            for (String alias : p.aliases()) gazetteer.insert(alias, "ns 1000");
        }
        this.filter = new LabelFilter(names);
        this.segment = HanLP.newSegment().enableCustomDictionary(gazetteer).enablePlaceRecognize(true).enableOrganizationRecognize(true).enableOffset(true);
    }

    /** @param context the issuing government's place, which tells which of several places of one name is meant */
    public List<PlaceMention> find(Sentence sentence, Place context) {
        List<PlaceMention> out = new ArrayList<>();
        // Only a word equal to a known name counts, so a sentence holding none needs no segmenting.
        if (!filter.mayMatch(sentence.matchText())) return out;
        for (Term t : segment.seg(sentence.matchText())) {
            if (t.nature == null || !t.nature.startsWith("ns")) continue;
            Place p = reference.placeNamed(t.word, context);
            if (p == null) continue;
            int end = t.offset + t.word.length();
            out.add(new PlaceMention(p.id(), sentence.original(t.offset, end), TextSpan.within(sentence, t.offset, end)));
        }
        return out;
    }
}
