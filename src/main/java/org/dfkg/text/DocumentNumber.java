package org.dfkg.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document number (文号) such as 闽政办〔2017〕34号: the issuer's code, the year and the serial
 * number. Its one canonical form, which the graph keeps, puts the year in 〔〕 whatever brackets the
 * text uses ([2017], （2017）, 【2017】) and drops spaces. Used wherever a text states a number: its
 * own, or a cited one's.
 */
public record DocumentNumber(String issuerCode, int year, int serial) {
    /** The issuer's code, the year in any bracket, the serial number. */
    public static final Pattern PATTERN = Pattern.compile("([\\p{IsHan}]{1,8})\\s*[〔\\[［【(（]\\s*((?:19|20)\\d{2})\\s*[〕\\]］】)）]\\s*(\\d{1,4})\\s*号");

    /** The number a match of {@link #PATTERN} states. */
    public static DocumentNumber of(Matcher m) {
        return new DocumentNumber(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    /** The first document number in a text, or null when it holds none. */
    public static DocumentNumber find(String text) {
        if (text == null) return null;
        Matcher m = PATTERN.matcher(text);
        return m.find() ? of(m) : null;
    }

    /** The canonical form of the first document number in a text, or null when it holds none. */
    public static String canonical(String text) {
        DocumentNumber n = find(text);
        return n == null ? null : n.toString();
    }

    /** The canonical form: 闽政办〔2017〕34号. */
    @Override
    public String toString() {
        return issuerCode + "〔" + year + "〕" + serial + "号";
    }
}
