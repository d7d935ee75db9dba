package org.dfkg.store;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.io.Reader;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * A Lucene analyzer that cuts Chinese with HanLP in index mode: a long word is indexed whole and
 * as the shorter words inside it (宽带网络 → 宽带网络, 宽带, 网络), so a search for 宽带 finds it.
 * Punctuation and white space are dropped; Latin words are lower-cased. The same analyzer serves
 * indexing and queries, so both cut text alike.
 */
public final class HanlpAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new HanlpTokenizer());
    }

    /** One per thread (Lucene reuses it per thread), so its HanLP segmenter is never shared. */
    static final class HanlpTokenizer extends Tokenizer {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final Segment segment = HanLP.newSegment().enableIndexMode(true).enableOffset(true);
        private Iterator<Term> terms = List.<Term>of().iterator();
        private int length;

        @Override
        public boolean incrementToken() {
            clearAttributes();
            while (terms.hasNext()) {
                Term t = terms.next();
                String word = t.word.strip();
                if (word.isEmpty() || (t.nature != null && t.nature.startsWith("w"))) continue;
                term.append(word.toLowerCase(java.util.Locale.ROOT));
                offset.setOffset(correctOffset(t.offset), correctOffset(t.offset + t.word.length()));
                return true;
            }
            return false;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            String text = read(input);
            length = text.length();
            terms = segment.seg(text).iterator();
        }

        @Override
        public void end() throws IOException {
            super.end();
            offset.setOffset(correctOffset(length), correctOffset(length));
        }

        private static String read(Reader reader) throws IOException {
            StringBuilder b = new StringBuilder();
            char[] buffer = new char[4096];
            for (int n; (n = reader.read(buffer)) > 0; ) b.append(buffer, 0, n);
            return b.toString();
        }
    }
}
