package org.dfkg.corpus;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;

/**
 * An optional {@code <stem>.meta.properties} file (UTF-8) next to a text, supplying metadata the
 * text does not state. Values from the text always win; the sidecar only fills gaps.
 */
public final class Sidecar {
    public static final String SUFFIX = ".meta.properties";

    private Sidecar() {}

    public static Path pathFor(Path text) {
        String name = text.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return text.resolveSibling(stem + SUFFIX);
    }

    /** The sidecar key that marks a generated document; it describes the file, not a gap in the text. */
    public static final String SYNTHETIC = "synthetic";

    public static DocumentMetadata apply(Path text, DocumentMetadata fromText) throws CorpusException {
        Path file = pathFor(text);
        if (!Files.isRegularFile(file)) return fromText;
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new CorpusException(file, "cannot read sidecar (" + e.getMessage() + ")");
        }
        for (String key : p.stringPropertyNames()) {
            boolean known = false;
            for (MetadataField f : MetadataField.values()) known |= f.sidecarKey().equals(key);
            known |= key.equals(SYNTHETIC);
            if (!known) throw new CorpusException(file, "unknown sidecar key '" + key + "'");
        }
        Set<MetadataField> used = EnumSet.noneOf(MetadataField.class);
        String title = fill(fromText.title(), p, MetadataField.TITLE, used);
        String issuer = fill(fromText.issuer(), p, MetadataField.ISSUER, used);
        String number = fill(fromText.documentNumber(), p, MetadataField.DOCUMENT_NUMBER, used);
        String jurisdiction = fill(fromText.jurisdiction(), p, MetadataField.JURISDICTION, used);
        LocalDate issued = fromText.issued();
        if (issued == null && p.getProperty(MetadataField.ISSUED.sidecarKey()) != null) {
            try {
                issued = LocalDate.parse(p.getProperty(MetadataField.ISSUED.sidecarKey()).strip());
                used.add(MetadataField.ISSUED);
            } catch (DateTimeParseException e) {
                throw new CorpusException(file, "issued must be a date like 2010-03-01");
            }
        }
        Integer start = year(file, fromText.periodStart(), p, MetadataField.PERIOD_START, used);
        Integer end = year(file, fromText.periodEnd(), p, MetadataField.PERIOD_END, used);
        String synthetic = p.getProperty(SYNTHETIC, "false").strip();
        if (!synthetic.equals("true") && !synthetic.equals("false")) throw new CorpusException(file, "synthetic must be true or false");
        return new DocumentMetadata(title, issuer, issued, number, jurisdiction, start, end, used, synthetic.equals("true"));
    }

    private static String fill(String value, Properties p, MetadataField field, Set<MetadataField> used) {
        if (value != null) return value;
        String v = p.getProperty(field.sidecarKey());
        if (v == null || v.isBlank()) return null;
        used.add(field);
        return v.strip();
    }

    private static Integer year(Path file, Integer value, Properties p, MetadataField field, Set<MetadataField> used) throws CorpusException {
        if (value != null) return value;
        String v = p.getProperty(field.sidecarKey());
        if (v == null || v.isBlank()) return null;
        try {
            used.add(field);
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new CorpusException(file, field.sidecarKey() + " must be a year");
        }
    }
}
