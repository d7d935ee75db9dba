package org.dfkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;

/**
 * The server's own SELECT queries (charts, the landing page's documents, the ledger), run in a read
 * transaction: each row as variable → lexical form of a literal or the IRI of a resource. Also reads
 * the research queries packaged with the server ({@code queries/*.rq}).
 */
final class SelectRows {
    private SelectRows() {}

    static List<Map<String, String>> of(DatasetGraph dataset, String query) {
        return of(dataset, query, Map.of());
    }

    /** The rows of a query with some of its variables bound beforehand (an initial substitution). */
    static List<Map<String, String>> of(DatasetGraph dataset, String query, Map<String, Node> bound) {
        List<Map<String, String>> out = new ArrayList<>();
        Txn.executeRead(dataset, () -> {
            QueryExecBuilder builder = QueryExec.dataset(dataset).query(query);
            bound.forEach(builder::substitution);
            try (QueryExec exec = builder.build()) {
                exec.select().forEachRemaining(b -> {
                    Map<String, String> row = new LinkedHashMap<>();
                    b.vars().forEachRemaining(v -> {
                        Node n = b.get(v);
                        row.put(v.getVarName(), n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString());
                    });
                    out.add(row);
                });
            }
        });
        return out;
    }

    /** A research query packaged with the server from {@code queries/}, such as {@code queries/target-ledger.rq}. */
    static String packaged(String resource) {
        try (InputStream in = SelectRows.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is not on the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
