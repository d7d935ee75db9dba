package org.dfkg.extract;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import org.dfkg.corpus.Sentence;
import org.dfkg.reference.Place;
import org.dfkg.reference.ReferenceData;

/**
 * Finds places with HanLP's place recognition (words tagged ns) and keeps those the place
 * reference data knows, so that every place links to a curated entity. Not thread-safe.
 */
public final class PlaceMatcher {
    private final ReferenceData reference;
    private final Segment segment = HanLP.newSegment().enablePlaceRecognize(true).enableOffset(true);

    public PlaceMatcher(ReferenceData reference) {
        this.reference = reference;
    }

    public List<PlaceMention> find(Sentence sentence) {
        List<PlaceMention> out = new ArrayList<>();
        for (Term t : segment.seg(sentence.matchText())) {
            if (t.nature == null || !t.nature.startsWith("ns")) continue;
            Place p = reference.placeNamed(t.word);
            if (p == null) continue;
            int end = t.offset + t.word.length();
            out.add(new PlaceMention(p.id(), sentence.text().substring(t.offset, end), TextSpan.within(sentence, t.offset, end)));
        }
        return out;
    }
}
