package org.dfkg.corpus;

import com.hankcs.hanlp.HanLP;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Produces the copy of a text that the readers match against, in four passes: pinyin glosses that
 * machine conversion pastes into words are dropped (數(shù)字 → 数字); full-width digits, letters and
 * figure symbols become ASCII; Traditional characters become Simplified with HanLP's conversion;
 * and, in a text written in Traditional characters, the Taiwan terms that machine conversion
 * introduces are folded back (软体 → 软件). The copy keeps, for every character, the span of the
 * original it came from ({@link MatchText}), so provenance still points into the original text.
 * Thread-safe.
 */
public final class TextNormaliser {
    /**
     * A pinyin gloss right after a Han character, in either kind of bracket: a syllable with a tone
     * mark (數(shù)字), or a toneless one that HanLP knows as a syllable, with the space some pages put
     * after it (社會(hui) 發展). Latin in brackets that is no syllable ((PCT), (App), (data)) stays.
     */
    private static final Pattern GLOSS = Pattern.compile(
            "(?<=\\p{IsHan})[(（]([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7})[)）](?: (?=\\p{IsHan}))?");
    private static final Pattern TONE_MARK = Pattern.compile("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern TRAILING_SPACES = Pattern.compile("[\\s\\p{Z}]+$");
    private static final java.util.Set<String> SYLLABLES = syllables();

    private static java.util.Set<String> syllables() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (com.hankcs.hanlp.dictionary.py.Pinyin p : com.hankcs.hanlp.dictionary.py.Pinyin.values()) {
            String s = p.getPinyinWithoutTone();
            if (!s.equals("none")) {
                out.add(s);
                out.add(s.replace('v', 'ü'));
            }
        }
        return java.util.Set.copyOf(out);
    }

    private static boolean isGloss(String content) {
        return TONE_MARK.matcher(content).find() || SYLLABLES.contains(content);
    }
    /** Share of Han characters that Simplified conversion changes above which a text is written in Traditional characters. */
    private static final double TRADITIONAL_SHARE = 0.08;

    private final TaiwanVocabulary taiwan;

    public TextNormaliser(TaiwanVocabulary taiwan) {
        this.taiwan = taiwan;
    }

    public MatchText forMatching(String original) {
        Folding f = new Folding(dropGlosses(original), original.length());
        for (int i = 0; i < f.text.length(); i++) f.text.setCharAt(i, foldWidth(f.text.charAt(i)));
        // A dash between Latin letters or digits is a hyphen (10G—PON), not a range or a list dash.
        for (int i = 1; i + 1 < f.text.length(); i++) {
            char c = f.text.charAt(i);
            if ((c == '—' || c == '–' || c == '‐' || c == '‑') && isAsciiAlnum(f.text.charAt(i - 1)) && Character.isLetter(f.text.charAt(i + 1)) && f.text.charAt(i + 1) < 128) {
                f.text.setCharAt(i, '-');
            }
        }
        int changed = f.toSimplified();
        if (changed > 0 && changed >= TRADITIONAL_SHARE * hanCount(f.text)) {
            for (TaiwanVocabulary.Hit hit : taiwan.find(f.text.toString())) f.replace(hit.start() + f.shift, hit.end() + f.shift, hit.mainland());
        }
        return f.result();
    }

    /** The matching copy of a short string (a name, a title) when its offsets are not needed. */
    public String fold(String text) {
        return forMatching(text).text();
    }

    /**
     * The text with every space taken out, ideographic and no-break ones too: Chinese prose has no
     * word spaces, so the spaces of a portal copy (数字  福建, a title over two lines) carry nothing.
     */
    public static String withoutSpaces(String text) {
        return SPACES.matcher(text).replaceAll("");
    }

    public static String withoutTrailingSpaces(String text) {
        return TRAILING_SPACES.matcher(text).replaceAll("");
    }

    /** Drops pinyin glosses from the original wording, for labels that quote the text as printed. */
    public static String withoutGlosses(String text) {
        return GLOSS.matcher(text).replaceAll(m -> isGloss(m.group(1)) ? "" : Matcher.quoteReplacement(m.group()));
    }

    private static Folding.Start dropGlosses(String original) {
        if (!mayHoldGloss(original)) return new Folding.Start(new StringBuilder(original), null);
        Matcher m = GLOSS.matcher(original);
        StringBuilder text = new StringBuilder(original.length());
        int[] starts = new int[original.length()];
        int n = 0;
        int from = 0;
        while (m.find()) {
            if (!isGloss(m.group(1))) continue;
            for (int i = from; i < m.start(); i++) {
                text.append(original.charAt(i));
                starts[n++] = i;
            }
            from = m.end();
        }
        if (from == 0) return new Folding.Start(new StringBuilder(original), null);
        for (int i = from; i < original.length(); i++) {
            text.append(original.charAt(i));
            starts[n++] = i;
        }
        return new Folding.Start(text, java.util.Arrays.copyOf(starts, n));
    }

    private static boolean isAsciiAlnum(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** A bracket opened right before a small Latin letter: most texts have none, and need no search for glosses. */
    private static boolean mayHoldGloss(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '(' || c == '（') && text.charAt(i + 1) >= 'a' && text.charAt(i + 1) <= 'ǜ') return true;
        }
        return false;
    }

    private static int hanCount(CharSequence text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN) n++;
        return n;
    }

    /** Full-width digits, Latin letters and the symbols used inside figures become ASCII. */
    static char foldWidth(char c) {
        if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')) {
            return (char) (c - 0xFEE0);
        }
        return switch (c) {
            case '％' -> '%';
            case '．', '﹒' -> '.';
            case '／' -> '/';
            case '－' -> '-';
            case '＋' -> '+';
            // U+3000 and U+00A0 pad scraped headings; one kind of space keeps the patterns simple.
            default -> Character.getType(c) == Character.SPACE_SEPARATOR ? ' ' : c;
        };
    }

    /** The text being folded, with the original span of each character; replacements keep the spans in step. */
    private static final class Folding {
        record Start(StringBuilder text, int[] starts) {}

        final StringBuilder text;
        final int originalLength;
        /** Null while every character is its original one. */
        int[] starts;
        int[] ends;
        /** How far earlier replacements in the current pass moved later offsets. */
        int shift;

        Folding(Start start, int originalLength) {
            this.text = start.text();
            this.originalLength = originalLength;
            if (start.starts() != null) {
                starts = start.starts();
                ends = new int[starts.length];
                for (int i = 0; i < starts.length; i++) ends[i] = starts[i] + 1;
            }
        }

        /** Traditional to Simplified; returns how many characters changed. */
        int toSimplified() {
            String before = text.toString();
            String after = HanLP.convertToSimplifiedChinese(before);
            if (after.length() == before.length()) {
                return replaceAligned(0, before, after);
            }
            // A phrase conversion changed the length somewhere: convert run by run, so that only
            // the runs that changed length lose their character-by-character alignment.
            int changed = 0;
            shift = 0;
            int i = 0;
            while (i < before.length()) {
                int j = i;
                boolean han = Character.UnicodeScript.of(before.charAt(i)) == Character.UnicodeScript.HAN;
                while (j < before.length() && (Character.UnicodeScript.of(before.charAt(j)) == Character.UnicodeScript.HAN) == han) j++;
                String run = before.substring(i, j);
                String converted = han ? HanLP.convertToSimplifiedChinese(run) : run;
                if (converted.length() == run.length()) {
                    changed += replaceAligned(i + shift, run, converted);
                } else {
                    changed += run.length();
                    replace(i + shift, j + shift, converted);
                }
                i = j;
            }
            shift = 0;
            return changed;
        }

        private int replaceAligned(int at, String before, String after) {
            int changed = 0;
            for (int k = 0; k < before.length(); k++) {
                if (before.charAt(k) != after.charAt(k)) {
                    text.setCharAt(at + k, after.charAt(k));
                    changed++;
                }
            }
            return changed;
        }

        /** Replaces [from, to) of the current text; the new characters all come from the span the old ones came from. */
        void replace(int from, int to, String replacement) {
            if (replacement.length() == to - from) {
                for (int k = 0; k < replacement.length(); k++) text.setCharAt(from + k, replacement.charAt(k));
                return;
            }
            if (starts == null) {
                starts = new int[text.length()];
                ends = new int[text.length()];
                for (int i = 0; i < starts.length; i++) {
                    starts[i] = i;
                    ends[i] = i + 1;
                }
            }
            int spanStart = starts[from];
            int spanEnd = to > from ? ends[to - 1] : spanStart;
            int delta = replacement.length() - (to - from);
            int[] s = new int[starts.length + delta];
            int[] e = new int[s.length];
            System.arraycopy(starts, 0, s, 0, from);
            System.arraycopy(ends, 0, e, 0, from);
            for (int k = 0; k < replacement.length(); k++) {
                s[from + k] = spanStart;
                e[from + k] = spanEnd;
            }
            System.arraycopy(starts, to, s, from + replacement.length(), starts.length - to);
            System.arraycopy(ends, to, e, from + replacement.length(), ends.length - to);
            starts = s;
            ends = e;
            text.replace(from, to, replacement);
            shift += delta;
        }

        MatchText result() {
            if (starts == null) return MatchText.aligned(text.toString());
            return MatchText.mapped(text.toString(), originalLength, starts, ends);
        }
    }
}
