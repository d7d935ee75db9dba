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
 * The words of a plan's front matter, from {@code data/lexicon/document-layout.tsv}: the genre
 * nouns titles end with, the field labels of portal header blocks, and the endings of issuer names.
 */
public record DocumentLayout(List<String> genres, Map<String, String> portalFields, List<String> issuerEndings, List<String> descriptiveHeadings) {
    public static final String FILE = "document-layout.tsv";
    private static final Set<String> FIELDS = Set.of("title", "issuer", "issued", "number", "dated", "published", "ignore");

    public DocumentLayout {
        genres = List.copyOf(genres);
        portalFields = Map.copyOf(portalFields);
        issuerEndings = List.copyOf(issuerEndings);
        descriptiveHeadings = List.copyOf(descriptiveHeadings);
    }

    public static DocumentLayout load(Path lexiconFolder) {
        List<String> genres = new ArrayList<>();
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> endings = new ArrayList<>();
        List<String> descriptive = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.read(lexiconFolder.resolve(FILE), "kind", "word", "meaning").rows()) {
            String word = row.get("word");
            if (word.isEmpty()) throw row.error("empty word");
            switch (row.get("kind")) {
                case "genre" -> genres.add(word);
                case "portal-field" -> {
                    if (!FIELDS.contains(row.get("meaning"))) throw row.error("a portal field fills one of " + FIELDS);
                    fields.put(word, row.get("meaning"));
                }
                case "issuer-ending" -> endings.add(word);
                case "descriptive-heading" -> descriptive.add(word);
                default -> throw row.error("kind is genre, portal-field, issuer-ending or descriptive-heading");
            }
        }
        return new DocumentLayout(LongestFirst.list(genres), fields, LongestFirst.list(endings), LongestFirst.list(descriptive));
    }

    /** The genre noun a title ends with, or null. */
    public String genreOf(String title) {
        for (String g : genres) if (title.endsWith(g)) return g;
        return null;
    }

    /**
     * Whether a heading only names a description of the situation (发展基础, 发展现状与面临形势, 第一节
     * 发展现状), not a task area that happens to contain such a word (着力夯实数字福建发展基础).
     */
    public boolean isDescriptiveHeading(String title) {
        String t = TextNormaliser.withoutSpaces(title).replaceFirst("^第[一二三四五六七八九十\\d]{1,3}[章节篇]", "");
        int i = 0;
        while (i < t.length()) {
            int matched = 0;
            for (String w : descriptiveHeadings) {
                if (t.startsWith(w, i)) {
                    matched = w.length();
                    break;
                }
            }
            if (matched == 0) return false;
            i += matched;
            if (i < t.length() && "与和及、".indexOf(t.charAt(i)) >= 0) i++;
        }
        return !t.isEmpty();
    }

    public boolean endsLikeIssuer(String name) {
        for (String e : issuerEndings) if (name.endsWith(e) && name.length() > e.length()) return true;
        return false;
    }
}
