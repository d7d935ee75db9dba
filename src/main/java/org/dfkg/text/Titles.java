package org.dfkg.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Titles of documents in 《…》, the one rule for every reader: where they are in a text, the form
 * that names a cited work, and the key that identifies it.
 */
public final class Titles {
    /** A title in 《…》, its words as group 1. */
    public static final Pattern PATTERN = Pattern.compile("《([^《》]+)》");

    /** Noise that does not tell two titles apart: white space, quotation marks, middle dots. */
    private static final Pattern NOISE = Pattern.compile("[\\s\"'“”‘’「」『』·•・]");

    private Titles() {}

    /**
     * The spans of a text that lie in a title, from 《 to 》 inclusive. A 《 that no 》 closes runs to
     * the end of the text: a title a copied text broke across lines is still a title.
     */
    public static List<int[]> spans(String text) {
        List<int[]> out = new ArrayList<>();
        int open = text.indexOf('《');
        while (open >= 0) {
            int close = text.indexOf('》', open + 1);
            int next = text.indexOf('《', open + 1);
            if (close < 0 || (next >= 0 && next < close)) {
                // Another 《 before this one closes: this one was never closed, and ends where the next begins.
                out.add(new int[] {open, next < 0 ? text.length() : next});
                open = next;
            } else {
                out.add(new int[] {open, close + 1});
                open = text.indexOf('《', close + 1);
            }
        }
        return out;
    }

    /** Whether a position of a text lies in a title. */
    public static boolean covers(String text, int at) {
        for (int[] span : spans(text)) if (span[0] <= at && at < span[1]) return true;
        return false;
    }

    /**
     * The one form of a title that names a cited work: NFKC, runs of spaces as one, and every kind of
     * double quotation mark ("…", 「…」, “…”) as “…”. Two texts that cite one work, in either script or
     * either kind of quotes, give it this same title.
     */
    public static String form(String title) {
        String t = Normalizer.normalize(title, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
        StringBuilder b = new StringBuilder(t.length());
        boolean open = true;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '"' || c == '＂' || c == '〝' || c == '〞') {
                b.append(open ? '“' : '”');
                open = !open;
            } else if (c == '「' || c == '“') {
                b.append('“');
                open = false;
            } else if (c == '」' || c == '”') {
                b.append('”');
                open = true;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The key that identifies a work by its title: NFKC, without white space, quotation marks or middle dots. */
    public static String key(String title) {
        return NOISE.matcher(Normalizer.normalize(title, Normalizer.Form.NFKC)).replaceAll("");
    }

    /** The titles of a text, each with its span. */
    public static Matcher matcher(String text) {
        return PATTERN.matcher(text);
    }
}
