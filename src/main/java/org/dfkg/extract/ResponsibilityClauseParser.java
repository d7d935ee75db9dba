package org.dfkg.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses responsibility clauses: （X负责）, (X牵头，Y配合), [责任单位：A、B，C], ［责任单位：…］.
 * A clause is split into groups at ，；; each group's trailing verb gives its role. Names inside a
 * group are split at 、 (not inside nested brackets such as 各县（市）区政府); a jurisdiction
 * prefix shared by a list (省效能办、审改办) and a suffix shared by a list (福建电信、福建联通公司;
 * 福州、泉州市政府) are carried over to every member.
 */
public final class ResponsibilityClauseParser {
    /** A name with the roles it holds; offsets are relative to the parsed text. */
    public record Item(String name, Set<Role> roles, int start, int end) {}

    private static final String OPEN = "（([［【";
    private static final String CLOSE = "）)]］】";
    private static final Pattern ROLE_WORDS = Pattern.compile("负责|牵头|配合|责任单位|协办|协助");
    private static final Pattern LABEL = Pattern.compile("^\\s*(责任单位|牵头单位|配合单位|负责单位)\\s*[:：]\\s*");
    /** The role verbs a group may end with, the longer before the shorter it ends in (牵头负责 before 负责). */
    private static final List<String> VERBS = List.of("牵头负责", "牵头", "配合", "协助", "协办", "参与", "负责");
    private static final Pattern ORGANISATION_END = Pattern.compile(
            "(局|厅|办|委|会|院|所|中心|公司|集团|政府|大学|学院|部|处|室|站|署|行|社|台|团|队|组|馆|委员会|管委会|协会)$");
    private static final Pattern JURISDICTION_PREFIX = Pattern.compile("^(省|市|县|区)(?!直)");
    /** Longest clause content accepted: longer bracketed text is prose, not a list of names. */
    private static final int MAX_CLAUSE = 200;
    private static final int MAX_NAME = 40;

    private final Predicate<String> isPlaceName;

    /** @param isPlaceName tells whether a bare word names a place (福州, 厦门), for shared suffixes */
    public ResponsibilityClauseParser(Predicate<String> isPlaceName) {
        this.isPlaceName = isPlaceName;
    }

    /** A clause found in a sentence: the offsets of its content (inside the brackets). */
    public record Clause(int contentStart, int contentEnd, List<Item> items) {}

    /** Finds every responsibility clause in a sentence and parses it. Never throws on odd input. */
    public List<Clause> findClauses(String text) {
        List<Clause> clauses = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (OPEN.indexOf(text.charAt(i)) < 0) {
                i++;
                continue;
            }
            int close = matchingClose(text, i);
            if (close < 0) {
                i++;
                continue;
            }
            String content = text.substring(i + 1, close);
            if (content.length() <= MAX_CLAUSE && ROLE_WORDS.matcher(content).find() && content.indexOf('。') < 0) {
                List<Item> items = parseContent(content, i + 1);
                if (!items.isEmpty()) {
                    clauses.add(new Clause(i + 1, close, items));
                    i = close + 1;
                    continue;
                }
            }
            i++;
        }
        if (clauses.isEmpty()) {
            Clause trailing = trailingClause(text);
            if (trailing != null) clauses.add(trailing);
        }
        return clauses;
    }

    /**
     * An unbracketed clause closing a sentence: "由省卫生厅牵头负责。", "省数字办牵头，有关部门配合。".
     * Walking back from the sentence end, every comma group must end in a role verb and hold only
     * organisation names; prose such as "各级领导亲自负责" or "组建公司负责日常运营" fails that test.
     */
    private Clause trailingClause(String text) {
        int end = text.length();
        while (end > 0 && "。；;！!　 ".indexOf(text.charAt(end - 1)) >= 0) end--;
        if (end == 0 || endingVerb(text.substring(0, end)) == null) return null;
        int start = end;
        List<int[]> groups = splitTopLevel(text, 0, end, "，,；;。");
        for (int g = groups.size() - 1; g >= 0; g--) {
            int[] group = groups.get(g);
            String groupText = text.substring(group[0], group[1]);
            String verb = endingVerb(groupText);
            int verbStart = verb == null ? -1 : groupText.length() - verb.length();
            if (verb == null || verbStart == 0) break;
            int namesStart = groupText.startsWith("由") ? 1 : 0;
            String names = groupText.substring(namesStart, verbStart);
            if (names.length() > MAX_CLAUSE || !allOrganisations(names)) break;
            start = group[0] + namesStart;
        }
        if (start == end) return null;
        List<Item> items = parseContent(text.substring(start, end), start);
        return items.isEmpty() ? null : new Clause(start, end, items);
    }

    /** The role verb the text ends with, or null (a string test: searching with an end-anchored pattern tried every position). */
    static String endingVerb(String text) {
        for (String verb : VERBS) {
            if (text.endsWith(verb)) return verb;
        }
        return null;
    }

    private boolean allOrganisations(String names) {
        List<int[]> parts = splitTopLevel(names, 0, names.length(), "、");
        if (parts.isEmpty()) return false;
        for (int[] p : parts) {
            String n = names.substring(p[0], p[1]).replaceFirst("等$", "");
            if (n.isEmpty() || n.length() > MAX_NAME || n.contains("亲自")) return false;
            if (!ORGANISATION_END.matcher(n).find() && !isPlaceName.test(n) && !n.endsWith("有关部门") && !n.endsWith("相关部门")) return false;
        }
        return true;
    }

    private static int matchingClose(String text, int open) {
        int depth = 0;
        for (int j = open; j < text.length() && j < open + MAX_CLAUSE + 2; j++) {
            char c = text.charAt(j);
            if (OPEN.indexOf(c) >= 0) depth++;
            else if (CLOSE.indexOf(c) >= 0) {
                depth--;
                if (depth == 0) return j;
            }
        }
        return -1;
    }

    /** Parses the inside of a clause; {@code offset} is added to every item's position. */
    public List<Item> parseContent(String content, int offset) {
        List<Item> items = new ArrayList<>();
        int pos = 0;
        Matcher label = LABEL.matcher(content);
        boolean labelled = label.find();
        if (labelled) pos = label.end();
        for (int[] group : splitTopLevel(content, pos, content.length(), "，,；;")) {
            String groupText = content.substring(group[0], group[1]);
            Set<Role> roles = EnumSet.of(Role.RESPONSIBLE);
            int groupEnd = group[1];
            String verb = endingVerb(groupText.strip());
            // Without a 责任单位： label every group names its role at its end; "由省数字办负责解释" is prose.
            if (!labelled && verb == null) return List.of();
            if (verb != null) {
                roles = switch (verb) {
                    case "牵头负责" -> EnumSet.of(Role.LEAD, Role.RESPONSIBLE);
                    case "牵头" -> EnumSet.of(Role.LEAD);
                    case "负责" -> EnumSet.of(Role.RESPONSIBLE);
                    default -> EnumSet.of(Role.SUPPORT);
                };
                groupEnd = group[0] + groupText.lastIndexOf(verb);
            }
            List<int[]> names = new ArrayList<>();
            for (int[] n : splitTopLevel(content, group[0], groupEnd, "、")) {
                // "省经济信息中心等有关部门": 等 closes a list of examples followed by a collective party.
                String t = content.substring(n[0], n[1]);
                int deng = t.indexOf('等');
                if (deng > 0 && deng < t.length() - 1) {
                    names.add(new int[] {n[0], n[0] + deng});
                    names.add(new int[] {n[0] + deng + 1, n[1]});
                } else if (deng == t.length() - 1 && deng > 0) {
                    names.add(new int[] {n[0], n[0] + deng});
                } else {
                    names.add(n);
                }
            }
            List<String> expanded = expandList(content, names);
            for (int k = 0; k < names.size(); k++) {
                String name = expanded.get(k);
                if (name.isEmpty() || name.length() > MAX_NAME) continue;
                items.add(new Item(name, roles, offset + names.get(k)[0], offset + names.get(k)[1]));
            }
        }
        return items;
    }

    /** Applies a shared jurisdiction prefix and a shared suffix across a list of names. */
    private List<String> expandList(String content, List<int[]> spans) {
        List<String> names = new ArrayList<>();
        for (int[] s : spans) names.add(content.substring(s[0], s[1]).strip());
        if (names.size() < 2) return names;
        Matcher prefix = JURISDICTION_PREFIX.matcher(names.getFirst());
        if (prefix.find()) {
            for (int k = 1; k < names.size(); k++) {
                String n = names.get(k);
                if (!n.isEmpty() && !JURISDICTION_PREFIX.matcher(n).find() && !startsWithPlace(n)
                        && !n.startsWith("各") && !n.startsWith("有关") && !n.startsWith("相关")
                        && !n.startsWith("省直") && !n.startsWith("市直")
                        && !n.startsWith("中国") && !n.startsWith("中共")) {
                    names.set(k, prefix.group(1) + n);
                }
            }
        }
        String last = names.getLast();
        String suffix = sharedSuffix(last);
        if (suffix != null) {
            for (int k = 0; k < names.size() - 1; k++) {
                String n = names.get(k);
                if (!n.isEmpty() && !ORGANISATION_END.matcher(n).find()
                        && (suffix.equals("公司") ? !isPlaceName.test(n) && !startsWithPlaceAndLevel(n) : isPlaceName.test(n))) {
                    names.set(k, n + suffix);
                }
            }
        }
        return names;
    }

    /** The part of the last name that the bare names before it share: 市政府 of 泉州市政府, 公司 of 福建联通公司. */
    private String sharedSuffix(String last) {
        for (int cut = 1; cut < last.length(); cut++) {
            if (isPlaceName.test(last.substring(0, cut))) {
                String rest = last.substring(cut);
                if (rest.matches("(市|县|区)?(人民)?政府")) return rest;
            }
        }
        if (last.endsWith("公司") && !last.endsWith("分公司") && !last.endsWith("有限公司")) return "公司";
        return null;
    }

    /** 宁德市, 鼓楼区: a place with its administrative level, which never takes a company suffix. */
    private boolean startsWithPlaceAndLevel(String name) {
        return name.length() > 1 && "市县区省".indexOf(name.charAt(name.length() - 1)) >= 0 && isPlaceName.test(name.substring(0, name.length() - 1));
    }

    private boolean startsWithPlace(String name) {
        for (int cut = 2; cut <= Math.min(name.length(), 6); cut++) {
            if (isPlaceName.test(name.substring(0, cut))) return true;
        }
        return false;
    }

    /** Splits [from, to) at any of the separators that are not inside brackets; each part is trimmed. */
    static List<int[]> splitTopLevel(String text, int from, int to, String separators) {
        List<int[]> parts = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (OPEN.indexOf(c) >= 0) depth++;
            else if (CLOSE.indexOf(c) >= 0) depth = Math.max(0, depth - 1);
            else if (depth == 0 && separators.indexOf(c) >= 0) {
                addTrimmed(text, start, i, parts);
                start = i + 1;
            }
        }
        addTrimmed(text, start, to, parts);
        return parts;
    }

    private static void addTrimmed(String text, int s, int e, List<int[]> parts) {
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        if (s < e) parts.add(new int[] {s, e});
    }

    /** Whether a name ends like an organisation (局, 厅, 中心, 公司 …); used to vet names the reference data lacks. */
    public static boolean endsLikeOrganisation(String name) {
        return ORGANISATION_END.matcher(name).find();
    }
}
