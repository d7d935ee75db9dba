package org.dfkg.corpus;

import org.dfkg.text.ChineseDates;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises the outline of a policy text: the title and issuing notice, the table of contents,
 * headings at every level, 专栏 boxes, task items and sentences. Repeated passages are dropped
 * before the outline is built.
 */
public final class StructureParser {
    /** Front matter: the issuing notice, its addressees and its signature. */
    private static final Pattern NOTICE = Pattern.compile(
            "关于印发.{2,60}的通知|印发给你们|发布日期[:：]|此件主动公开|^各(市|县|省)[^。]{0,80}[：:]$|请认真(组织实施|贯彻落实|贯彻执行)");
    private static final Pattern SIGNATURE_DATE = Pattern.compile(
            "^[^。，]{0,24}?" + ChineseDates.YEAR + "年" + ChineseDates.MONTH_OR_DAY + "月(" + ChineseDates.MONTH_OR_DAY + "日)?$");
    private static final String TERMINAL = "。！？；!?;";
    private static final Pattern HEADING_GAP = Pattern.compile("[\\s\\p{Z}]+(?=[^\\s\\p{Z}][^。！？]{4,}[。！？；]$)");

    private final RoleWords roleWords;
    private final DocumentLayout layout;

    public StructureParser(RoleWords roleWords, DocumentLayout layout) {
        this.roleWords = roleWords;
        this.layout = layout;
    }

    public DocumentStructure parse(String original, MatchText match, String title) {
        List<Sentence> all = SentenceSplitter.split(original, match, roleWords::opensWithLabel);
        String titleKey = title == null ? "" : key(title);
        Set<Integer> contents = findContents(all);
        List<Sentence> body = new ArrayList<>();
        for (Sentence s : all) {
            if (!contents.contains(s.index())) body.add(s);
        }
        Deduplicator.Result dedup = Deduplicator.deduplicate(body);
        boolean numberedOutline = all.stream().anyMatch(s -> s.marker() == MarkerKind.CHAPTER || s.marker() == MarkerKind.CHINESE_NUMBERED);

        Builder b = new Builder();
        boolean numberedSeen = false;
        List<Sentence> kept = dedup.kept();
        // Front matter ends with its last notice line or title line; a heading whose number was lost comes after it.
        int frontMatterEnd = -1;
        for (int i = 0; i < kept.size(); i++) {
            if (key(kept.get(i).matchText()).equals(titleKey) || isNotice(kept.get(i))) frontMatterEnd = i;
        }
        boolean titleSeen = false;
        for (Sentence s : all) {
            if (contents.contains(s.index())) b.addToFixed(SectionKind.CONTENTS, s);
        }
        for (int i = 0; i < kept.size(); i++) {
            Sentence s = kept.get(i);
            String k = key(s.matchText());
            if (k.equals(titleKey) || (i == 0 && s.index() == 0 && isHeadingLike(s)) || isNotice(s)) {
                b.closeTask();
                b.addToFixed(SectionKind.NOTICE, s);
                titleSeen |= k.equals(titleKey);
                continue;
            }
            numberedSeen |= s.marker() == MarkerKind.CHAPTER || s.marker() == MarkerKind.CHINESE_NUMBERED;
            // In a numbered outline, a short line of its own between the title and the first numbered
            // heading heads the first part, whose number the page lost.
            boolean lostNumber = numberedOutline && titleSeen && i > frontMatterEnd && !numberedSeen && s.marker() == MarkerKind.NONE
                    && isHeadingLike(s) && startsLine(original, s) && endsLine(original, s) && key(s.matchText()).length() <= 20;
            if (lostNumber || isHeading(original, s, numberedOutline, b.inBox())) {
                b.heading(s);
                continue;
            }
            Integer resumedFrom = dedup.repeatBefore().get(s.index());
            if (resumedFrom != null && isBareClause(s) && b.attachToTaskOf(resumedFrom, s)) continue;
            b.bodySentence(s);
        }
        b.closeTask();
        List<Sentence> sentences = new ArrayList<>(kept);
        for (Sentence s : all) {
            if (contents.contains(s.index())) sentences.add(s);
        }
        sentences.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return new DocumentStructure(b.sections(), b.tasks, sentences, b.sectionOfSentence, dedup.report());
    }

    /** The text without whitespace or Unicode separators (regex {@code [\s\p{Z}]}): what headings and titles are compared by. */
    static String key(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            boolean separator = type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
            if (!separator && " \t\n\u000B\f\r".indexOf(c) < 0) b.append(c);
        }
        return b.toString();
    }

    private boolean hasResponsibilityClause(String text) {
        return roleWords.hasBracketedClause(text) || roleWords.opensWithLabel(text);
    }

    /** A sentence that is nothing but a responsibility clause: "（责任单位：省数字办）". */
    private boolean isBareClause(Sentence s) {
        String t = s.matchText().strip();
        if (roleWords.opensWithLabel(t)) return true;
        if (t.isEmpty() || !RoleWords.isOpening(t.charAt(0))) return false;
        int close = RoleWords.matchingClose(t, 0);
        return close > 0 && roleWords.hasBracketedClause(t.substring(0, close + 1)) && t.substring(close + 1).replaceAll("[。；;\\s]", "").isEmpty();
    }

    private static boolean isNotice(Sentence s) {
        String t = s.matchText();
        // Each pattern is tried only when the words it cannot match without are there: most sentences are neither.
        boolean noticeWords = t.contains("印发") || t.contains("发布日期") || t.contains("此件主动公开") || t.startsWith("各") || t.contains("请认真");
        if (noticeWords && NOTICE.matcher(t).find()) return true;
        char last = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
        return (last == '月' || last == '日') && t.indexOf('年') >= 0 && SIGNATURE_DATE.matcher(t).find();
    }

    private static boolean endsWithTerminal(Sentence s) {
        String t = s.matchText();
        char last = t.charAt(t.length() - 1);
        return TERMINAL.indexOf(last) >= 0 || last == '：' || last == ':' || (t.length() > 1 && TERMINAL.indexOf(t.charAt(t.length() - 2)) >= 0);
    }

    private static boolean endsLine(String original, Sentence s) {
        int e = s.end();
        while (e < original.length() && (original.charAt(e) == ' ' || original.charAt(e) == '\u3000' || original.charAt(e) == '\t')) e++;
        return e >= original.length() || original.charAt(e) == '\n' || original.charAt(e) == '\r';
    }

    private static boolean startsLine(String original, Sentence s) {
        int b = s.start() - 1;
        while (b >= 0 && (original.charAt(b) == ' ' || original.charAt(b) == '\u3000' || original.charAt(b) == '\t')) b--;
        return b < 0 || original.charAt(b) == '\n' || original.charAt(b) == '\r';
    }

    private boolean isHeadingLike(Sentence s) {
        return !endsWithTerminal(s) && key(s.matchText()).length() <= 40 && !hasResponsibilityClause(s.matchText());
    }

    private boolean isHeading(String original, Sentence s, boolean numberedOutline, boolean inBox) {
        return switch (s.marker()) {
            case CHAPTER, CHINESE_NUMBERED, BOX -> true;
            case CHINESE_PARENTHESISED, ARABIC_NUMBERED, ARABIC_PARENTHESISED -> isHeadingLike(s) && (endsLine(original, s) || key(s.matchText()).length() <= 20);
            case NONE, UNNUMBERED_HEADING -> !numberedOutline && !inBox && isHeadingLike(s)
                    && startsLine(original, s) && endsLine(original, s) && key(s.matchText()).length() <= 30;
        };
    }

    /** The table of contents: the run of heading-like lines after 目录, up to the first repeat of its first entry. */
    private static Set<Integer> findContents(List<Sentence> all) {
        Set<Integer> contents = new HashSet<>();
        for (int i = 0; i < all.size(); i++) {
            if (!key(all.get(i).matchText()).equals("目录")) continue;
            contents.add(all.get(i).index());
            String firstEntry = null;
            for (int j = i + 1; j < all.size(); j++) {
                Sentence s = all.get(j);
                String k = key(s.matchText());
                if (k.length() > 40 || endsWithTerminal(s) || k.equals(firstEntry)) break;
                if (firstEntry == null) firstEntry = k;
                contents.add(s.index());
            }
            break;
        }
        return contents;
    }

    /** Walks the sentences once, keeping a stack of open headings and the task being collected. */
    private final class Builder {
        private record Open(Section section, int rank) {}

        private final List<Section> sections = new ArrayList<>();
        private final Map<String, Integer> childCount = new HashMap<>();
        private final Map<String, Integer> taskCount = new HashMap<>();
        private final Deque<Open> stack = new ArrayDeque<>();
        private final List<TaskSpan> tasks = new ArrayList<>();
        private final Map<SectionKind, Section> fixed = new HashMap<>();
        private final Map<Integer, String> sectionOfSentence = new HashMap<>();
        private List<Sentence> current;
        private String currentMarker;
        private final Section root = new Section("root", null, SectionKind.ROOT, MarkerKind.NONE, 0, "", 0, 0, true);

        Builder() {
            sections.add(root);
        }

        List<Section> sections() {
            return sections;
        }

        boolean inBox() {
            return !stack.isEmpty() && stack.peek().section().kind() == SectionKind.BOX;
        }

        void addToFixed(SectionKind kind, Sentence s) {
            Section existing = fixed.get(kind);
            if (existing == null) {
                String title = kind == SectionKind.NOTICE ? "发文通知" : "目录";
                Section created = new Section(kind.name().toLowerCase(), "root", kind, MarkerKind.NONE, 1, title, s.start(), s.end(), false);
                fixed.put(kind, created);
                sections.add(created);
            }
            sectionOfSentence.put(s.index(), fixed.get(kind).key());
        }

        Section currentSection() {
            return stack.isEmpty() ? root : stack.peek().section();
        }

        void heading(Sentence s) {
            closeTask();
            MarkerKind marker = s.marker() == MarkerKind.NONE ? MarkerKind.UNNUMBERED_HEADING : s.marker();
            int rank = marker.rank();
            while (!stack.isEmpty() && stack.peek().rank() >= rank) stack.pop();
            Section parent = currentSection();
            int ordinal = childCount.merge(parent.key(), 1, Integer::sum);
            String key = parent.kind() == SectionKind.ROOT ? "s" + ordinal : parent.key() + "." + ordinal;
            SectionKind kind = marker == MarkerKind.BOX ? SectionKind.BOX : SectionKind.HEADING;
            String title = s.text().substring(s.originalStart(s.markerText().length())).replaceAll("^[\\s\\p{Z}]+|[\\s\\p{Z}]+$", "");
            // A heading that runs on into its section's first sentence after a gap (一、发挥…作用 积极落实…。) ends at the gap.
            java.util.regex.Matcher gap = HEADING_GAP.matcher(title);
            if (gap.find()) title = title.substring(0, gap.start());
            boolean holdsTasks = kind == SectionKind.HEADING && parent.holdsTasks()
                    && !layout.isDescriptiveHeading(title);
            Section section = new Section(key, parent.key(), kind, marker, stack.size() + 1, title.isEmpty() ? s.text() : title,
                    s.start(), s.end(), holdsTasks);
            sections.add(section);
            stack.push(new Open(section, rank));
            sectionOfSentence.put(s.index(), section.key());
        }

        void bodySentence(Sentence s) {
            Section section = currentSection();
            sectionOfSentence.put(s.index(), section.key());
            boolean byClause = roleWords.endsWithByClause(s.matchText());
            boolean clause = hasResponsibilityClause(s.matchText()) || byClause;
            if (s.marker().isItemLevel()) {
                closeTask();
            }
            if (current == null) {
                // A sentence that says who carries it out (由A、B牵头组织编制) is a task wherever it stands,
                // in a preface too.
                boolean allowed = section.kind() == SectionKind.ROOT
                        ? (s.marker().isItemLevel() || clause)
                        : section.holdsTasks() || (byClause && section.kind() == SectionKind.HEADING);
                if (!allowed) return;
                current = new ArrayList<>();
                currentMarker = s.markerText();
            }
            current.add(s);
            if (clause) closeTask();
        }

        /**
         * A bare clause that follows a dropped repeat belongs to the task the repeated passage came
         * from, when that task has no clause of its own yet: the scrape cut the task short and
         * resumed it later. Returns false when there is no such task.
         */
        boolean attachToTaskOf(int originalSentence, Sentence clause) {
            for (int t = 0; t < tasks.size(); t++) {
                TaskSpan task = tasks.get(t);
                if (task.sentences().stream().noneMatch(x -> x.index() == originalSentence)) continue;
                if (task.sentences().stream().anyMatch(x -> hasResponsibilityClause(x.matchText()))) return false;
                List<Sentence> grown = new ArrayList<>(task.sentences());
                grown.add(clause);
                tasks.set(t, new TaskSpan(task.key(), task.sectionKey(), task.itemMarker(), grown));
                sectionOfSentence.put(clause.index(), task.sectionKey());
                return true;
            }
            return false;
        }

        void closeTask() {
            if (current == null) return;
            Section section = currentSection();
            int ordinal = taskCount.merge(section.key(), 1, Integer::sum);
            tasks.add(new TaskSpan(section.key() + "-t" + ordinal, section.key(), currentMarker, current));
            current = null;
        }
    }
}
