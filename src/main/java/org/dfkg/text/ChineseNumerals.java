package org.dfkg.text;

/** Reads numbers written with Chinese numerals, as they appear in dates and plan names. */
public final class ChineseNumerals {
    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumerals() {}

    private static int digit(char c) {
        if (c == '○' || c == '零' || c == 'О' || c == 'o' || c == 'O') return 0;
        if (c == '两') return 2;
        if (c >= '0' && c <= '9') return c - '0';
        return DIGITS.indexOf(c);
    }

    /**
     * The years of the n-th five-year plan, as named in "十二五": the 6th covered 1981–1985.
     *
     * @param numeral the numeral of the name, e.g. "二" of 十二五 (that is, the plan 10 + 2)
     * @return the first and last year
     */
    public static int[] fiveYearPlan(String numeral) {
        int plan = 10 + parse(numeral);
        int start = 1981 + 5 * (plan - 6);
        return new int[] {start, start + 4};
    }

    /**
     * Parses "二〇一一" (digit by digit), "十四", "二十", "九" or Arabic digits.
     *
     * @throws NumberFormatException when the text is not a number
     */
    public static int parse(String text) {
        String t = text.strip();
        if (t.isEmpty()) throw new NumberFormatException("empty number");
        if (t.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(t);
        }
        if (t.indexOf('十') < 0 && t.indexOf('百') < 0) {
            int value = 0;
            for (char c : t.toCharArray()) {
                int d = digit(c);
                if (d < 0) throw new NumberFormatException("not a Chinese numeral: " + text);
                value = value * 10 + d;
            }
            return value;
        }
        int value = 0;
        int pending = 0;
        for (char c : t.toCharArray()) {
            if (c == '百') {
                value += (pending == 0 ? 1 : pending) * 100;
                pending = 0;
            } else if (c == '十') {
                value += (pending == 0 ? 1 : pending) * 10;
                pending = 0;
            } else {
                int d = digit(c);
                if (d < 0) throw new NumberFormatException("not a Chinese numeral: " + text);
                pending = d;
            }
        }
        return value + pending;
    }
}
