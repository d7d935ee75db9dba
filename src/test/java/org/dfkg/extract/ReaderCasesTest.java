package org.dfkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.dfkg.Lexicons;
import org.dfkg.corpus.DocumentMetadata;
import org.dfkg.corpus.Section;
import org.dfkg.corpus.SectionKind;
import org.dfkg.corpus.SourceDocument;
import org.dfkg.corpus.TaskSpan;
import org.dfkg.reference.ReferenceData;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden cases of the reader, one folder per behaviour under {@code src/test/resources/cases/}:
 * {@code input.txt} (a sentence or a passage, read as a document of its own with the real corpus
 * reader and extractor), an optional {@code input.meta.properties} sidecar, {@code case.properties}
 * naming the records to compare ({@code show}: assignments, metadata, figures, indicators, structure,
 * technologies, text, warnings) and {@code expected.tsv}, the records one per line. A failing case
 * prints the lines missing and the lines extra. Run with {@code -Ddfkg.cases.write=true} to write
 * the actual records beside the expected ones (as {@code actual.tsv}) when adding a case.
 */
class ReaderCasesTest {
    private static final Path CASES = Path.of("src/test/resources/cases");
    private static final ReferenceData REFERENCE = ReferenceData.load(Path.of("data/reference"));

    @TestFactory
    Stream<DynamicTest> everyCase() throws IOException {
        List<Path> folders;
        try (Stream<Path> s = Files.list(CASES)) {
            folders = s.filter(Files::isDirectory).sorted().toList();
        }
        assertFalse(folders.isEmpty(), "no cases under " + CASES);
        return folders.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> run(folder)));
    }

    private static void run(Path folder) throws Exception {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(folder.resolve("case.properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        SourceDocument doc = Lexicons.reader().readOne(folder.resolve("input.txt"));
        ExtractedDocument e = new Extractor(REFERENCE, Lexicons.extraction()).extract(doc);
        List<String> actual = new ArrayList<>();
        for (String what : p.getProperty("show", "").split(",")) {
            actual.addAll(switch (what.strip()) {
                case "assignments" -> assignments(e);
                case "metadata" -> metadata(doc.metadata(), e);
                case "figures" -> figures(e);
                case "indicators" -> indicators(e);
                case "structure" -> structure(doc);
                case "technologies" -> technologies(e);
                case "text" -> List.of("text\t" + doc.matchText().replace("\n", "⏎"));
                case "warnings" -> e.warnings().stream().map(w -> "warning\t" + w.substring(w.indexOf(": ") + 2)).toList();
                default -> throw new IllegalArgumentException(folder + "/case.properties: show '" + what + "' is not a kind of record");
            });
        }
        Path expectedFile = folder.resolve("expected.tsv");
        if (Boolean.getBoolean("dfkg.cases.write")) Files.write(folder.resolve("actual.tsv"), actual, StandardCharsets.UTF_8);
        List<String> expected = Files.isRegularFile(expectedFile)
                ? Files.readAllLines(expectedFile, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList()
                : List.of();
        List<String> missing = new ArrayList<>(expected);
        actual.forEach(missing::remove);
        List<String> extra = new ArrayList<>(actual);
        expected.forEach(extra::remove);
        if (!missing.isEmpty() || !extra.isEmpty()) {
            fail(folder.getFileName() + " (" + p.getProperty("behaviour", "") + ")\n  expected but not read:\n    " + String.join("\n    ", missing)
                    + "\n  read but not expected:\n    " + String.join("\n    ", extra));
        }
    }

    /** role, the name as the clause gives it, and the party: a curated id, an agency of another jurisdiction, or a collective. */
    private static List<String> assignments(ExtractedDocument e) {
        List<String> out = new ArrayList<>();
        for (ExtractedTask t : e.tasks()) {
            for (Assignment a : t.assignments()) {
                String party = switch (a.party()) {
                    case AgencyRef.Reconciled r -> "agency:" + r.agencyId();
                    case AgencyRef.Unreconciled u -> "agency:" + u.name() + "@" + u.jurisdictionId();
                    case AgencyRef.Collective c -> "collective:" + c.name();
                };
                out.add(String.join("\t", a.role().code(), a.surface(), party, String.join("|", a.otherNames()), a.evidence().text()));
            }
        }
        return out;
    }

    private static List<String> metadata(DocumentMetadata m, ExtractedDocument e) {
        return List.of("title\t" + value(m.title()), "issuer\t" + value(m.issuer()), "issued\t" + value(m.issued()),
                "number\t" + value(m.documentNumber()), "jurisdiction\t" + value(e.jurisdictionId()),
                "period\t" + value(m.periodStart()) + "-" + value(m.periodEnd()));
    }

    private static String value(Object o) {
        return o == null ? "" : o.toString();
    }

    private static List<String> figures(ExtractedDocument e) {
        List<String> out = new ArrayList<>();
        for (Figure f : e.figures()) {
            String baseline = f.baseline() == null ? "" : plain(f.baseline().value()) + "@" + f.baseline().year();
            out.add(String.join("\t", f.kind().code(), plain(f.value()), f.unit(), f.dimension(), Integer.toString(f.year()),
                    f.comparison().name().toLowerCase(), f.metric(), baseline, Integer.toString(f.alsoStated().size())));
        }
        return out;
    }

    /** Each figure's metric and the local name of the indicator it maps to, or "-" for none. */
    private static List<String> indicators(ExtractedDocument e) {
        List<String> out = new ArrayList<>();
        for (Figure f : e.figures()) {
            String i = f.indicator() == null ? "-" : f.indicator().substring(f.indicator().lastIndexOf('/') + 1);
            out.add(String.join("\t", "indicator", plain(f.value()), f.unit(), i));
        }
        return out;
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    private static List<String> structure(SourceDocument doc) {
        List<String> out = new ArrayList<>();
        for (Section s : doc.structure().sections()) {
            if (s.kind() == SectionKind.ROOT) continue;
            out.add(String.join("\t", "section", s.key(), s.kind().name().toLowerCase(), s.title(), s.holdsTasks() ? "tasks" : "no tasks"));
        }
        for (TaskSpan t : doc.structure().tasks()) out.add(String.join("\t", "task", t.key(), t.title()));
        return out;
    }

    private static List<String> technologies(ExtractedDocument e) {
        List<String> out = new ArrayList<>();
        for (TechnologyMention m : e.technologies()) out.add(String.join("\t", m.conceptIri().substring(m.conceptIri().lastIndexOf('/') + 1), m.surface()));
        return out;
    }
}
