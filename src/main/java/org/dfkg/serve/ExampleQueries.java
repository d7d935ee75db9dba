package org.dfkg.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The research queries of {@code queries/}: each file opens with its question in English, then in
 * Chinese, as comment lines. The workbench offers them for loading in one click.
 */
final class ExampleQueries {
    private ExampleQueries() {}

    static List<Map<String, Object>> read(Path folder) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (folder == null || !Files.isDirectory(folder)) return out;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                String[] lines = text.split("\n", 3);
                Map<String, Object> q = new LinkedHashMap<>();
                q.put("name", f.getFileName().toString().replace(".rq", ""));
                q.put("en", lines.length > 0 ? lines[0].replaceFirst("^#\\s*", "") : "");
                q.put("zh", lines.length > 1 ? lines[1].replaceFirst("^#\\s*", "") : "");
                q.put("query", text);
                out.add(q);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(folder + ": cannot read the example queries", e);
        }
        return out;
    }
}
