package org.dfkg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.RowSet;

/**
 * The research queries that read the build's sums, each beside its counting twin in
 * {@code src/test/resources/counting-queries/}, which visits every node instead: both must give the
 * same rows on any graph the build makes.
 */
public final class CountingQueries {
    public static final Path FOLDER = Path.of("src/test/resources/counting-queries");

    private CountingQueries() {}

    public static Stream<String> names() throws IOException {
        return Files.list(FOLDER).map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).sorted();
    }

    /** Runs {@code name} from queries/ and its twin through {@code run}; fails showing the rows that differ. */
    public static void assertSameRows(String name, Function<String, RowSet> run) {
        String summary = read(Path.of("queries", name));
        String counting = read(FOLDER.resolve(name));
        Query q = QueryFactory.create(summary);
        List<String> vars = q.getResultVars();
        // GROUP_CONCAT joins values in whatever order the engine met them: compare those cells as sets.
        Set<String> lists = new HashSet<>();
        for (String v : vars) {
            // The projection holds the aggregate itself, also when an expression wraps it.
            var expr = q.getProject().getExpr(Var.alloc(v));
            if (expr != null && expr.toString().contains("group_concat")) lists.add(v);
        }
        TreeSet<String> expected = rows(run.apply(counting), vars, lists);
        TreeSet<String> actual = rows(run.apply(summary), vars, lists);
        TreeSet<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        TreeSet<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        assertTrue(missing.isEmpty() && extra.isEmpty(), name + " (" + vars + "): rows counting finds but the sums lack "
                + missing.stream().limit(8).toList() + "; rows the sums give but counting does not " + extra.stream().limit(8).toList());
    }

    private static TreeSet<String> rows(RowSet rs, List<String> vars, Set<String> lists) {
        TreeSet<String> out = new TreeSet<>();
        rs.forEachRemaining(b -> {
            List<String> cells = new ArrayList<>();
            for (String v : vars) {
                var n = b.get(v);
                String cell = n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
                cells.add(lists.contains(v) ? String.join(", ", new TreeSet<>(List.of(cell.split(", ")))) : cell);
            }
            out.add(String.join("\t", cells));
        });
        return out;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
