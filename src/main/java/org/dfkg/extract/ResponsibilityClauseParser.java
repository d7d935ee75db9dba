package org.dfkg.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dfkg.corpus.RoleWords;

/**
 * Parses responsibility clauses as a small grammar whose words come from the lexicon
 * ({@link RoleWords}): a clause is a bracket (any of （）, (), 〔〕, 【】, ［］, mixed pairs too) holding
 * groups split at ；; and ，, . A group may open with a label (牵头单位：) whose role holds until the
 * next label, and may close with a verb (牵头, 配合) that gives its own role; in a clause without
 * labels, groups without a verb take the verb of the group after them (A，B牵头). Names inside a
 * group are split at 、 and 及 (not inside nested brackets); a bracket inside a name is a note (含平潭),
 * dropped, or another name of the same agency (市工信局（大数据局）), kept as an alias. A jurisdiction
 * prefix shared by a list (省发改委、数字办; 省委办公厅、机要局) and a suffix shared by a list (福建电信、
 * 福建联通公司; 福州、泉州市政府) are carried over to every member. Stateless apart from its word
 * lists: thread-safe.
 */
public final class ResponsibilityClauseParser {
    /** A name with its other names and the roles it holds; offsets are relative to the parsed text. */
    public record Item(String name, List<String> aliases, Set<Role> roles, int start, int end) {
        public Item {
            aliases = List.copyOf(aliases);
        }
    }

    /** A clause found in a sentence: the offsets of its content, its items, and names it could give no role. */
    public record Clause(int contentStart, int contentEnd, List<Item> items, List<String> unplaced) {}

    private static final Pattern JURISDICTION_PREFIX = Pattern.compile("^(省委|市委|县委|区委|省|市|县|区)(?![直委])");
    /** A bracket inside a name that is a note, not a name: (含平潭), (不含…), （以下简称…）. */
    private static final Pattern NOTE = Pattern.compile("^(含|包括|不含|除|下同|以下简称|简称|试行|暂行)");
    private static final Pattern SHORT_NAME_NOTE = Pattern.compile("^(?:以下)?简称[“\"]?([^”\"]+)[”\"]?$");
    private static final int MAX_NAME = 40;

    private final RoleWords words;
    private final NameEndings endings;
    private final Predicate<String> isPlaceName;

    /** @param isPlaceName tells whether a bare word names a place (福州, 厦门), for shared prefixes and suffixes */
    public ResponsibilityClauseParser(RoleWords words, NameEndings endings, Predicate<String> isPlaceName) {
        this.words = words;
        this.endings = endings;
        this.isPlaceName = isPlaceName;
    }

    /** Finds every responsibility clause in a sentence and parses it. Never throws on odd input. */
    public List<Clause> findClauses(String text) {
        List<Clause> clauses = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!RoleWords.isOpening(text.charAt(i))) {
                i++;
                continue;
            }
            int close = RoleWords.matchingClose(text, i);
            if (close < 0) {
                i++;
                continue;
            }
            String content = text.substring(i + 1, close);
            // A labelled clause may close with a note after a full stop: （牵头单位：A；责任单位：B。以下任务均需…）.
            int stop = content.indexOf('。');
            if (stop >= 0 && words.opensWithLabel(content)) content = content.substring(0, stop);
            if (content.length() <= RoleWords.MAX_CLAUSE && content.indexOf('。') < 0 && words.mentionsRole(content)) {
                Clause clause = parseContent(content, i + 1, i + 1 + content.length());
                if (clause != null) {
                    clauses.add(clause);
                    i = close + 1;
                    continue;
                }
            }
            i++;
        }
        if (clauses.isEmpty() && words.opensWithLabel(text)) {
            // A line of its own that opens with a label: 责任单位：市数据局、市财政局。
            int start = 0;
            while (start < text.length() && Character.isWhitespace(text.charAt(start))) start++;
            int end = text.length();
            while (end > start && "。；;！!　 ".indexOf(text.charAt(end - 1)) >= 0) end--;
            Clause whole = parseContent(text.substring(start, end), start, end);
            if (whole != null) clauses.add(whole);
        }
        if (clauses.isEmpty()) {
            Clause trailing = trailingClause(text);
            if (trailing != null) clauses.add(trailing);
        }
        return clauses;
    }

    /**
     * An unbracketed clause closing a sentence: "由省卫生厅牵头负责。", "省数字办牵头，有关部门配合。",
     * "由省发改委、数字办牵头组织编制。". Walking back from the sentence end, every comma group must end
     * in a role verb (a group opened by 由 may add a tail such as 组织编制) and hold only organisation
     * names; prose such as "各级领导亲自负责" or "组建公司负责日常运营" fails that test.
     */
    private Clause trailingClause(String text) {
        int end = text.length();
        while (end > 0 && "。；;！!　 ".indexOf(text.charAt(end - 1)) >= 0) end--;
        if (end == 0) return null;
        int start = end;
        int contentEnd = end;
        List<int[]> groups = splitTopLevel(text, 0, end, "，,；;。");
        for (int g = groups.size() - 1; g >= 0; g--) {
            int[] group = groups.get(g);
            String groupText = text.substring(group[0], group[1]);
            boolean last = g == groups.size() - 1;
            boolean by = groupText.startsWith("由");
            String core = last && by ? withoutTail(groupText) : groupText;
            String verb = words.endingVerb(core);
            if (verb == null || core.length() == verb.length()) break;
            int namesStart = by ? 1 : 0;
            String names = core.substring(namesStart, core.length() - verb.length());
            if (names.isEmpty() || names.length() > RoleWords.MAX_CLAUSE || !allOrganisations(names)) break;
            if (last) contentEnd = group[0] + core.length();
            start = group[0] + namesStart;
            if (by) break; // 由 opens the clause
        }
        if (start == end) return null;
        Clause c = parseContent(text.substring(start, contentEnd), start, contentEnd);
        return c == null || !c.unplaced().isEmpty() ? null : c;
    }

    private String withoutTail(String group) {
        for (String tail : words.tails()) {
            if (group.endsWith(tail) && words.endingVerb(group.substring(0, group.length() - tail.length())) != null) {
                return group.substring(0, group.length() - tail.length());
            }
        }
        return group;
    }

    private boolean allOrganisations(String names) {
        List<int[]> parts = splitTopLevel(names, 0, names.length(), "、");
        if (parts.isEmpty()) return false;
        for (int[] p : parts) {
            String n = names.substring(p[0], p[1]).replaceFirst("等$", "");
            if (n.isEmpty() || n.length() > MAX_NAME || n.contains("亲自")) return false;
            if (!endings.isOrganisation(n) && !isPlaceName.test(n) && !n.endsWith("有关部门") && !n.endsWith("相关部门")) return false;
        }
        return true;
    }

    /** A group of a clause: where its names are, and the roles its label or verb gives (null: none yet). */
    private record Group(int namesStart, int namesEnd, Set<Role> roles) {}

    /** Parses the inside of a clause; {@code offset} is added to every item's position. Null when it is no clause. */
    public Clause parseContent(String content, int offset, int contentEnd) {
        List<Group> groups = new ArrayList<>();
        Set<Role> labelled = null;
        boolean anyRole = false;
        for (int[] g : splitTopLevel(content, 0, content.length(), "，,；;")) {
            int from = g[0];
            String groupText = content.substring(g[0], g[1]);
            Matcher label = words.label(groupText);
            if (label.find()) {
                labelled = roles(words.labels().get(label.group(1)));
                from += label.end();
                groupText = groupText.substring(label.end());
            }
            String verb = words.endingVerb(groupText.strip());
            int namesEnd = g[1];
            Set<Role> roles = labelled;
            if (verb != null) {
                roles = roles(words.verbs().get(verb));
                namesEnd = from + groupText.lastIndexOf(verb);
            }
            anyRole |= roles != null;
            groups.add(new Group(from, namesEnd, roles));
        }
        if (!anyRole) return null;
        // Without labels, a group without a verb shares the verb of the group after it: "A，B牵头".
        for (int k = groups.size() - 2; k >= 0; k--) {
            if (groups.get(k).roles() == null && groups.get(k + 1).roles() != null) {
                groups.set(k, new Group(groups.get(k).namesStart(), groups.get(k).namesEnd(), groups.get(k + 1).roles()));
            }
        }
        List<Item> items = new ArrayList<>();
        List<String> unplaced = new ArrayList<>();
        for (Group g : groups) {
            List<int[]> spans = names(content, g.namesStart(), g.namesEnd());
            List<String> names = expandList(content, spans);
            for (int k = 0; k < spans.size(); k++) {
                String name = names.get(k);
                List<String> aliases = new ArrayList<>();
                name = withoutBrackets(name, aliases);
                if (name.isEmpty() || name.length() > MAX_NAME) continue;
                if (g.roles() == null) {
                    unplaced.add(name);
                    continue;
                }
                items.add(new Item(name, aliases, g.roles(), offset + spans.get(k)[0], offset + spans.get(k)[1]));
            }
        }
        return items.isEmpty() ? null : new Clause(offset, offset + content.length(), items, unplaced);
    }

    private static Set<Role> roles(List<String> codes) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String c : codes) {
            for (Role r : Role.values()) if (r.code().equals(c)) roles.add(r);
        }
        return roles;
    }

    /** The names of a group: split at 、 and 及 and 会同 (A会同B负责: both), then at 等 that closes a list of examples. */
    private static List<int[]> names(String content, int from, int to) {
        List<int[]> names = new ArrayList<>();
        List<int[]> parts = new ArrayList<>();
        for (int[] n : splitTopLevel(content, from, to, "、及")) {
            int at = content.indexOf("会同", n[0]);
            if (at > n[0] && at + 2 < n[1]) {
                parts.add(new int[] {n[0], at});
                parts.add(new int[] {at + 2, n[1]});
            } else {
                parts.add(n);
            }
        }
        for (int[] n : parts) {
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
        return names;
    }

    /** Takes brackets out of a name: a note is dropped, another name is kept as an alias, anything else stays. */
    private String withoutBrackets(String name, List<String> aliases) {
        StringBuilder kept = new StringBuilder();
        int i = 0;
        while (i < name.length()) {
            char c = name.charAt(i);
            int close = RoleWords.isOpening(c) ? RoleWords.matchingClose(name, i) : -1;
            if (close < 0) {
                kept.append(c);
                i++;
                continue;
            }
            String inside = name.substring(i + 1, close).strip();
            Matcher shortName = SHORT_NAME_NOTE.matcher(inside);
            if (shortName.find()) {
                aliases.add(shortName.group(1));
            } else if (NOTE.matcher(inside).find()) {
                // A note: (含平潭).
            } else if (i > 0 && close == name.length() - 1 && endings.isOrganisation(inside) && !isPlaceName.test(inside)) {
                aliases.add(inside);
            } else {
                kept.append(name, i, close + 1);
            }
            i = close + 1;
        }
        return kept.toString().strip();
    }

    /** Applies a shared jurisdiction prefix and a shared suffix across a list of names. */
    private List<String> expandList(String content, List<int[]> spans) {
        List<String> names = new ArrayList<>();
        for (int[] s : spans) names.add(content.substring(s[0], s[1]).strip());
        if (names.size() < 2) return names;
        String prefix = sharedPrefix(names.getFirst());
        if (prefix != null) {
            boolean placePrefix = !JURISDICTION_PREFIX.matcher(prefix).matches();
            for (int k = 1; k < names.size(); k++) {
                String n = names.get(k);
                if (!n.isEmpty() && !JURISDICTION_PREFIX.matcher(n).find() && !startsWithPlace(n)
                        && !n.startsWith("各") && !n.startsWith("有关") && !n.startsWith("相关")
                        && !n.startsWith("省直") && !n.startsWith("市直")
                        && !n.startsWith("中国") && !n.startsWith("中共")
                        // A place name is shared only by departments: 福州古厝集团、数字福州集团 are two companies.
                        && (!placePrefix || endings.isDepartment(n))) {
                    names.set(k, prefix + n);
                }
            }
        }
        String last = names.getLast();
        String suffix = sharedSuffix(last);
        if (suffix != null) {
            for (int k = 0; k < names.size() - 1; k++) {
                String n = names.get(k);
                if (!n.isEmpty() && !endings.isOrganisation(n)
                        && (suffix.equals("公司") ? !isPlaceName.test(n) && !startsWithPlaceAndLevel(n) : isPlaceName.test(n))) {
                    names.set(k, n + suffix);
                }
            }
        }
        return names;
    }

    /** The jurisdiction a first name opens with: 省, 省委, or a place with its level (福州市) before a department. */
    private String sharedPrefix(String first) {
        Matcher m = JURISDICTION_PREFIX.matcher(first);
        if (m.find()) return m.group(1);
        for (int cut = Math.min(first.length() - 1, 8); cut >= 2; cut--) {
            String head = first.substring(0, cut);
            if (isPlaceName.test(head) && "省市县区".indexOf(head.charAt(head.length() - 1)) >= 0 && endings.isDepartment(first)) return head;
        }
        return null;
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
            if (RoleWords.isOpening(c)) depth++;
            else if (RoleWords.isClosing(c)) depth = Math.max(0, depth - 1);
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
}
