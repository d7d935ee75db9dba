package org.dfkg.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dfkg.reference.LongestFirst;
import org.dfkg.reference.TsvTable;

/**
 * The words of responsibility clauses, from {@code data/lexicon/role-words.tsv}: labels that open a
 * group (牵头单位：), verbs that close one (牵头, 配合), and the tails a verb may carry at the end of
 * an unbracketed clause (组织编制). Roles are codes (lead, support, responsible), mapped to the
 * extract stage's roles there. The structure stage uses the same words to tell where a task ends.
 */
public final class RoleWords {
    public static final String FILE = "role-words.tsv";
    private static final Set<String> ROLES = Set.of("lead", "support", "responsible");
    private static final String OPEN = "（([［【〔";
    private static final String CLOSE = "）)]］】〕";
    /** Longest clause content accepted: longer bracketed text is prose, not a list of names. */
    public static final int MAX_CLAUSE = 200;

    private final Map<String, List<String>> labels;
    private final Map<String, List<String>> verbs;
    private final List<String> tails;
    /** A label opening a group, the longest label first (牵头责任单位： before 责任单位：); group 1 is the label. */
    private final java.util.regex.Pattern labelPattern;

    private RoleWords(Map<String, List<String>> labels, Map<String, List<String>> verbs, List<String> tails) {
        this.labels = labels;
        this.verbs = verbs;
        this.tails = tails;
        StringBuilder alternatives = new StringBuilder();
        for (String label : labels.keySet()) alternatives.append(alternatives.isEmpty() ? "" : "|").append(java.util.regex.Pattern.quote(label));
        this.labelPattern = java.util.regex.Pattern.compile("^\\s*(" + alternatives + ")\\s*[:：]\\s*");
        java.util.TreeMap<String, Boolean> words = new java.util.TreeMap<>();
        labels.keySet().forEach(w -> words.put(w, Boolean.TRUE));
        verbs.keySet().forEach(w -> words.put(w, Boolean.TRUE));
        this.anyWord.build(words);
    }

    private final com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie<Boolean> anyWord =
            new com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie<>();

    /** A matcher for a label with its colon at the start of a text. */
    public java.util.regex.Matcher label(String text) {
        return labelPattern.matcher(text);
    }

    /** A line that opens with a label and a colon is a clause without brackets: 责任单位：市数据局、市财政局. */
    public boolean opensWithLabel(String text) {
        return labelPattern.matcher(text).lookingAt();
    }

    public static RoleWords load(Path lexiconFolder) {
        Map<String, List<String>> labels = new LinkedHashMap<>();
        Map<String, List<String>> verbs = new LinkedHashMap<>();
        List<String> tails = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.read(lexiconFolder.resolve(FILE), "word", "kind", "roles").rows()) {
            String word = row.get("word");
            List<String> roles = row.list("roles");
            for (String r : roles) if (!ROLES.contains(r)) throw row.error("unknown role '" + r + "'; roles are " + ROLES);
            switch (row.get("kind")) {
                case "label" -> labels.put(word, need(row, roles));
                case "verb" -> verbs.put(word, need(row, roles));
                case "tail" -> tails.add(word);
                default -> throw row.error("kind is label, verb or tail");
            }
        }
        return new RoleWords(LongestFirst.map(labels), LongestFirst.map(verbs), LongestFirst.list(tails));
    }

    private static List<String> need(TsvTable.Row row, List<String> roles) {
        if (roles.isEmpty()) throw row.error("a label or verb needs its roles");
        return List.copyOf(roles);
    }

    /** Label words, longest first, with their role codes. */
    public Map<String, List<String>> labels() {
        return labels;
    }

    /** Verbs, longest first, with their role codes. */
    public Map<String, List<String>> verbs() {
        return verbs;
    }

    public List<String> tails() {
        return tails;
    }

    public static boolean isOpening(char c) {
        return OPEN.indexOf(c) >= 0;
    }

    public static boolean isClosing(char c) {
        return CLOSE.indexOf(c) >= 0;
    }

    /** Whether a text holds any label or verb: one pass of HanLP's Aho–Corasick automaton over the words. */
    public boolean mentionsRole(String text) {
        return !anyWord.parseText(text).isEmpty();
    }

    /** The verb a text ends with, the longest first, or null. */
    public String endingVerb(String text) {
        for (String verb : verbs.keySet()) {
            if (text.endsWith(verb)) return verb;
        }
        return null;
    }

    /**
     * Whether a sentence closes with an unbracketed clause opened by 由: "…，由省发改委、数字办牵头组织编制。".
     * (Clauses without 由 are read inside tasks only: without it, prose ending in 负责 is too common.)
     */
    public boolean endsWithByClause(String text) {
        int end = text.length();
        while (end > 0 && "。；;！!　 ".indexOf(text.charAt(end - 1)) >= 0) end--;
        int start = end;
        while (start > 0 && "，,；;。".indexOf(text.charAt(start - 1)) < 0) start--;
        String group = text.substring(start, end).strip();
        if (!group.startsWith("由")) return false;
        for (String tail : tails) {
            if (group.endsWith(tail)) {
                group = group.substring(0, group.length() - tail.length());
                break;
            }
        }
        String verb = endingVerb(group);
        return verb != null && group.length() > verb.length() + 1;
    }

    /** The close of the bracket opened at {@code open} (any kind closes any kind: scraped texts mix them), or -1. */
    public static int matchingClose(String text, int open) {
        int depth = 0;
        for (int j = open; j < text.length() && j < open + MAX_CLAUSE + 2; j++) {
            char c = text.charAt(j);
            if (isOpening(c)) depth++;
            else if (isClosing(c)) {
                depth--;
                if (depth == 0) return j;
            }
        }
        return -1;
    }

    /**
     * Whether a sentence holds a bracketed responsibility clause: a bracket, not too long and
     * without a full stop, whose content names a role. The role words are looked for first, as most
     * sentences have none.
     */
    public boolean hasBracketedClause(String text) {
        if (!mentionsRole(text)) return false;
        for (int i = 0; i < text.length(); i++) {
            if (!isOpening(text.charAt(i))) continue;
            int close = matchingClose(text, i);
            if (close < 0) continue;
            String content = text.substring(i + 1, close);
            if (content.length() <= MAX_CLAUSE && (content.indexOf('。') < 0 || opensWithLabel(content)) && mentionsRole(content)) return true;
            i = close;
        }
        return false;
    }
}
