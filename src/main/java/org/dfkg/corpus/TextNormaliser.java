package org.dfkg.corpus;

import com.hankcs.hanlp.HanLP;

/**
 * Produces the text used for matching. The result always has the same length as the input,
 * so that an offset found in the matching text is also an offset into the original text,
 * which is what provenance points at.
 */
public final class TextNormaliser {
    private TextNormaliser() {}

    public static String forMatching(String original) {
        StringBuilder folded = new StringBuilder(original.length());
        for (int i = 0; i < original.length(); i++) {
            folded.append(foldWidth(original.charAt(i)));
        }
        return toSimplified(folded.toString());
    }

    /** Full-width digits, Latin letters and the symbols used inside figures become ASCII. */
    static char foldWidth(char c) {
        if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')) {
            return (char) (c - 0xFEE0);
        }
        return switch (c) {
            case '％' -> '%';
            case '．' -> '.';
            case '／' -> '/';
            case '－' -> '-';
            case '＋' -> '+';
            // U+3000 and U+00A0 pad scraped headings; one kind of space keeps the patterns simple.
            default -> Character.getType(c) == Character.SPACE_SEPARATOR ? ' ' : c;
        };
    }

    private static String toSimplified(String text) {
        String converted = HanLP.convertToSimplifiedChinese(text);
        if (converted.length() == text.length()) {
            return converted;
        }
        // Phrase-level conversion changed the length; convert character by character instead
        // so that offsets stay aligned.
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String one = HanLP.convertToSimplifiedChinese(String.valueOf(text.charAt(i)));
            out.append(one.length() == 1 ? one.charAt(0) : text.charAt(i));
        }
        return out.toString();
    }
}
