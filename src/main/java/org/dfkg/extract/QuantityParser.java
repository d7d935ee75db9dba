package org.dfkg.extract;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads an Arabic number with an optional Chinese magnitude word: "4800万" → 48000000, "1.5亿" → 150000000. */
public final class QuantityParser {
    private static final Pattern QUANTITY = Pattern.compile("^(\\d+(?:\\.\\d+)?)\\s*(万亿|亿|万|千)?$");

    private QuantityParser() {}

    /** @return the value with the magnitude multiplied out, or null when the text is not a quantity */
    public static BigDecimal parse(String text) {
        if (text == null || text.length() > 40) return null;
        Matcher m = QUANTITY.matcher(text.strip());
        if (!m.find()) return null;
        return new BigDecimal(m.group(1)).multiply(magnitude(m.group(2))).stripTrailingZeros();
    }

    public static BigDecimal magnitude(String word) {
        if (word == null) return BigDecimal.ONE;
        return switch (word) {
            case "万亿" -> new BigDecimal("1000000000000");
            case "亿" -> new BigDecimal("100000000");
            case "万" -> new BigDecimal("10000");
            case "千" -> new BigDecimal("1000");
            default -> BigDecimal.ONE;
        };
    }
}
