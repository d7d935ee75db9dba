package org.dfkg.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dfkg.reference.TsvTable;

/**
 * The words of a plan's front matter, from {@code data/lexicon/document-layout.tsv}: the genre
 * nouns titles end with, the field labels of portal header blocks, and the endings of issuer names.
 */
public record DocumentLayout(List<String> genres, Map<String, String> portalFields, List<String> issuerEndings) {
    public static final String FILE = "document-layout.tsv";
    private static final Set<String> FIELDS = Set.of("title", "issuer", "issued", "number", "dated", "published", "ignore");

    public DocumentLayout {
        genres = List.copyOf(genres);
        portalFields = Map.copyOf(portalFields);
        issuerEndings = List.copyOf(issuerEndings);
    }

    public static DocumentLayout load(Path lexiconFolder) {
        List<String> genres = new ArrayList<>();
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> endings = new ArrayList<>();
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
                default -> throw row.error("kind is genre, portal-field or issuer-ending");
            }
        }
        // Longest first, so that 专项规划 is tried before 规划.
        genres.sort(Comparator.comparingInt(String::length).reversed());
        endings.sort(Comparator.comparingInt(String::length).reversed());
        return new DocumentLayout(genres, fields, endings);
    }

    /** The genre noun a title ends with, or null. */
    public String genreOf(String title) {
        for (String g : genres) if (title.endsWith(g)) return g;
        return null;
    }

    public boolean endsLikeIssuer(String name) {
        for (String e : issuerEndings) if (name.endsWith(e) && name.length() > e.length()) return true;
        return false;
    }
}
