package org.dfkg.corpus;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Document numbers (文号) such as 闽政办〔2017〕34号, in the one canonical form the graph keeps: the
 * issuer's code, the year in 〔〕 whatever brackets the text uses ([2017], （2017）, 【2017】), the
 * serial number and 号, with no spaces. Used wherever a text states a number: its own, or a cited one's.
 */
public final class DocumentNumber {
    /** The issuer's code, the year in any bracket, the serial number. */
    public static final Pattern PATTERN = Pattern.compile("([\\p{IsHan}]{1,8})\\s*[〔\\[［【(（]\\s*((?:19|20)\\d{2})\\s*[〕\\]］】)）]\\s*(\\d{1,4})\\s*号");

    private DocumentNumber() {}

    /** The canonical form of the first document number in a text, or null when it holds none. */
    public static String canonical(String text) {
        if (text == null) return null;
        Matcher m = PATTERN.matcher(text);
        return m.find() ? of(m) : null;
    }

    /** The canonical form of a match of {@link #PATTERN}. */
    public static String of(Matcher m) {
        return m.group(1) + "〔" + m.group(2) + "〕" + m.group(3) + "号";
    }
}
