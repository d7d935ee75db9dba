package org.dfkg.reference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A curator-edited tab-separated table: '#' comment lines, one header row, then data rows; read with commons-csv. */
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

    /** Tab-separated, no quoting (texts hold quotation marks), '#' comments, blank lines skipped. */
    private static final CSVFormat FORMAT = CSVFormat.Builder.create()
            .setDelimiter('\t').setQuote(null).setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(false).get();

    public static TsvTable read(Path file, String... requiredColumns) {
        String text;
        try {
            text = java.nio.file.Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ReferenceDataException(file + ": cannot read (" + e.getMessage() + ")");
        }
        List<Integer> lineStarts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') lineStarts.add(i + 1);
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            for (CSVRecord record : parser) {
                // The record's position is where the parser began, before the comments and blank lines it skipped.
                int found = java.util.Collections.binarySearch(lineStarts, (int) record.getCharacterPosition());
                int index = found >= 0 ? found : -found - 2;
                while (index + 1 < lineStarts.size() && skipped(text, lineStarts.get(index), lineStarts.get(index + 1))) index++;
                int line = index + 1;
                List<String> cells = record.toList();
                if (cells.stream().allMatch(String::isBlank)) continue;
                if (header == null) {
                    header = cells;
                    for (String required : requiredColumns) {
                        if (!header.contains(required)) throw new ReferenceDataException(file + ":" + line + ": missing column '" + required + "'");
                    }
                    continue;
                }
                if (cells.size() != header.size()) {
                    throw new ReferenceDataException(file + ":" + line + ": expected " + header.size() + " tab-separated columns, found " + cells.size());
                }
                Map<String, String> values = new HashMap<>();
                for (int c = 0; c < header.size(); c++) values.put(header.get(c), cells.get(c));
                rows.add(new Row(file, line, values));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ReferenceDataException(file + ": cannot read (" + e.getMessage() + ")");
        }
        if (header == null) throw new ReferenceDataException(file + ": no header row");
        return new TsvTable(file, List.copyOf(rows));
    }

    private static boolean skipped(String text, int start, int end) {
        String line = text.substring(start, end);
        return line.isBlank() || line.startsWith("#");
    }
}
