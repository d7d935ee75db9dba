package org.dfkg.reference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A curator-edited tab-separated table: '#' comment lines, one header row, then data rows. */
public record TsvTable(Path file, List<Row> rows) {
    public record Row(Path file, int line, Map<String, String> values) {
        public String get(String column) {
            String v = values.get(column);
            return v == null ? "" : v.strip();
        }

        public List<String> list(String column) {
            List<String> out = new ArrayList<>();
            for (String part : get(column).split("\\|")) {
                if (!part.isBlank()) out.add(part.strip());
            }
            return out;
        }

        public ReferenceDataException error(String message) {
            return new ReferenceDataException(file + ":" + line + ": " + message);
        }
    }

    public static TsvTable read(Path file, String... requiredColumns) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ReferenceDataException(file + ": cannot read (" + e.getMessage() + ")");
        }
        String[] header = null;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cells = line.split("\t", -1);
            if (header == null) {
                header = cells;
                for (String required : requiredColumns) {
                    if (!List.of(header).contains(required)) {
                        throw new ReferenceDataException(file + ":" + (i + 1) + ": missing column '" + required + "'");
                    }
                }
                continue;
            }
            if (cells.length != header.length) {
                throw new ReferenceDataException(file + ":" + (i + 1) + ": expected " + header.length + " tab-separated columns, found " + cells.length);
            }
            Map<String, String> values = new HashMap<>();
            for (int c = 0; c < header.length; c++) values.put(header[c], cells[c]);
            rows.add(new Row(file, i + 1, values));
        }
        if (header == null) throw new ReferenceDataException(file + ": no header row");
        return new TsvTable(file, List.copyOf(rows));
    }
}
