package org.dfkg.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A build's warnings grouped by the file they name: one line for a file with one warning; for a file
 * with more, their count and the first few, so that a corpus of hundreds of texts stays readable.
 * Verbose, every warning is listed.
 */
public final class WarningSummary {
    /** How many warnings of one file are shown when not verbose. */
    public static final int EXAMPLES = 3;
    /** A warning names its file first ("path: message" or "path:line: message"). */
    private static final Pattern FILE = Pattern.compile("^(.*?)(:\\d+)?: (.*)$", Pattern.DOTALL);

    private WarningSummary() {}

    public static List<String> lines(List<String> warnings, boolean verbose) {
        Map<String, List<String>> byFile = new LinkedHashMap<>();
        for (String w : warnings) {
            Matcher m = FILE.matcher(w);
            String file = m.matches() ? m.group(1) : "";
            String rest = m.matches() ? (m.group(2) == null ? "" : "line " + m.group(2).substring(1) + ": ") + m.group(3) : w;
            byFile.computeIfAbsent(file, k -> new ArrayList<>()).add(rest);
        }
        List<String> out = new ArrayList<>();
        byFile.forEach((file, list) -> {
            String where = file.isEmpty() ? "" : file + ": ";
            if (list.size() == 1) {
                out.add("warning: " + where + list.get(0));
                return;
            }
            out.add("warning: " + where + list.size() + " warnings");
            int shown = verbose ? list.size() : Math.min(EXAMPLES, list.size());
            for (int i = 0; i < shown; i++) out.add("  " + list.get(i));
            if (shown < list.size()) out.add("  … " + (list.size() - shown) + " more (--verbose lists them all)");
        });
        return out;
    }
}
