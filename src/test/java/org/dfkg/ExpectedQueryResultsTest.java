package org.dfkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each research query of {@code queries/} has its expected result on the seed graph, as ARQ's own
 * tests keep them: a SPARQL JSON results file ({@code src/test/resources/expected/queries/<name>.srj})
 * compared term by term, in order when the query sorts; a CONSTRUCT's graph as N-Triples ({@code <name>.nt}). A difference prints both tables. After a
 * change on purpose: {@code ./mvnw test -Dtest=ExpectedQueryResultsTest -Ddfkg.regenerate=true}.
 */
class ExpectedQueryResultsTest {
    static final Path EXPECTED = BuiltGraph.projectRoot().resolve("src/test/resources/expected/queries");

    @TestFactory
    Stream<DynamicTest> everyQueryAnswersItsExpectedResult() throws Exception {
        List<Path> queries;
        try (Stream<Path> files = Files.list(BuiltGraph.projectRoot().resolve("queries"))) {
            queries = files.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
        }
        assertTrue(queries.size() >= 10, "the research queries: " + queries);
        return queries.stream().map(q -> DynamicTest.dynamicTest(q.getFileName().toString(), () -> check(q)));
    }

    private static void check(Path queryFile) throws Exception {
        String query = Files.readString(queryFile, StandardCharsets.UTF_8);
        if (QueryFactory.create(query).isConstructType()) {
            checkGraph(queryFile, query);
            return;
        }
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(BuiltGraph.endpoint() + "?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        Path expectedFile = EXPECTED.resolve(queryFile.getFileName().toString().replace(".rq", ".srj"));
        if (Boolean.getBoolean("dfkg.regenerate")) {
            Files.createDirectories(EXPECTED);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ResultSetFormatter.outputAsJSON(out, ResultSetFactory.fromJSON(new ByteArrayInputStream(r.body())));
            Files.write(expectedFile, out.toByteArray());
        }
        assertTrue(Files.isRegularFile(expectedFile), expectedFile + " is missing; generate it with -Ddfkg.regenerate=true");
        ResultSetRewindable actual = ResultSetFactory.makeRewindable(ResultSetFactory.fromJSON(new ByteArrayInputStream(r.body())));
        ResultSetRewindable expected = ResultSetFactory.makeRewindable(ResultSetFactory.fromJSON(Files.newInputStream(expectedFile)));
        boolean ordered = QueryFactory.create(query).hasOrderBy();
        boolean same = ordered ? ResultsCompare.equalsByTermAndOrder(expected, actual) : ResultsCompare.equalsByTerm(expected, actual);
        expected.reset();
        actual.reset();
        assertTrue(same, () -> queryFile.getFileName() + " answers otherwise" + (ordered ? " (in order)" : "") + "\nexpected:\n"
                + ResultSetFormatter.asText(expected) + "\nactual:\n" + ResultSetFormatter.asText(actual));
    }

    /** A CONSTRUCT's expected graph is an N-Triples file ({@code <name>.nt}), compared up to blank nodes. */
    private static void checkGraph(Path queryFile, String query) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(BuiltGraph.endpoint() + "?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "application/n-triples").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        org.apache.jena.graph.Graph actual = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        org.apache.jena.riot.RDFParser.source(new ByteArrayInputStream(r.body())).lang(org.apache.jena.riot.Lang.NTRIPLES).parse(actual);
        Path expectedFile = EXPECTED.resolve(queryFile.getFileName().toString().replace(".rq", ".nt"));
        if (Boolean.getBoolean("dfkg.regenerate")) {
            Files.createDirectories(EXPECTED);
            Files.write(expectedFile, canonicalLines(actual), StandardCharsets.UTF_8);
        }
        assertTrue(Files.isRegularFile(expectedFile), expectedFile + " is missing; generate it with -Ddfkg.regenerate=true");
        org.apache.jena.graph.Graph expected = org.apache.jena.riot.RDFDataMgr.loadGraph(expectedFile.toString());
        assertTrue(expected.isIsomorphicWith(actual), () -> queryFile.getFileName() + " constructs another graph: expected " + expected.size()
                + " triples, got " + actual.size());
    }

    /** Sorted N-Triples with each blank node named by a digest of its own triples, so that regenerating an unchanged result changes no line. */
    private static List<String> canonicalLines(org.apache.jena.graph.Graph g) {
        java.util.Map<org.apache.jena.graph.Node, String> names = new java.util.HashMap<>();
        g.find().forEachRemaining(t -> {
            if (t.getSubject().isBlank()) names.putIfAbsent(t.getSubject(), null);
        });
        for (org.apache.jena.graph.Node b : names.keySet()) {
            List<String> own = new java.util.ArrayList<>();
            g.find(b, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY).forEachRemaining(t -> own.add(t.getPredicate() + " " + t.getObject()));
            java.util.Collections.sort(own);
            names.put(b, "b" + org.apache.commons.codec.digest.DigestUtils.sha256Hex(String.join("\n", own)).substring(0, 16));
        }
        List<String> lines = new java.util.ArrayList<>();
        g.find().forEachRemaining(t -> lines.add(term(t.getSubject(), names) + " " + term(t.getPredicate(), names) + " " + term(t.getObject(), names) + " ."));
        java.util.Collections.sort(lines);
        return lines;
    }

    private static String term(org.apache.jena.graph.Node n, java.util.Map<org.apache.jena.graph.Node, String> names) {
        if (n.isBlank()) return "_:" + names.get(n);
        return org.apache.jena.riot.out.NodeFmtLib.strNT(n);
    }
}
