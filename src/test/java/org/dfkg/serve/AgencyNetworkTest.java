package org.dfkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.sparql.exec.QueryExec;
import org.dfkg.BuiltGraph;
import org.junit.jupiter.api.Test;

/**
 * The agency network's exports on the seed graph, served by a real Fuseki: the edge list equals its
 * counting twin (every task and assignment visited), lineages merge on request, and Debian's
 * python3-networkx opens the GraphML and CSV files with the same nodes, edges and tasks.
 */
class AgencyNetworkTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    private static String get(String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(BuiltGraph.root() + path.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return r.body();
    }

    private static List<CSVRecord> rows(String csv) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
    }

    @Test
    void theEdgeListEqualsItsCountingTwin() throws Exception {
        Set<String> exported = new TreeSet<>();
        for (CSVRecord r : rows(get("/export/agency-network.csv?lineages=keep"))) {
            String[] roles = r.get("roles").split("–");
            exported.add(String.join(" ", r.get("source"), roles[0], r.get("target"), roles[1], r.get("year"), r.get("tasks")));
        }
        Set<String> counted = new TreeSet<>();
        try (QueryExec exec = QueryExec.service(BuiltGraph.endpoint()).query(Files.readString(Path.of("src/test/resources/agency-network/counting-ties.rq"))).build()) {
            exec.select().forEachRemaining(b -> counted.add(String.join(" ", b.get("first").getURI(), b.get("firstRole").getLiteralLexicalForm(),
                    b.get("second").getURI(), b.get("secondRole").getLiteralLexicalForm(), b.get("year").getLiteralLexicalForm(),
                    b.get("tasks").getLiteralLexicalForm())));
        }
        assertFalse(counted.isEmpty(), "the seeds name agencies together");
        Set<String> missing = new TreeSet<>(counted);
        missing.removeAll(exported);
        Set<String> extra = new TreeSet<>(exported);
        extra.removeAll(counted);
        assertTrue(missing.isEmpty() && extra.isEmpty(), "ties counting finds but the export lacks " + missing + "; ties the export gives but counting does not " + extra);
    }

    @Test
    void renamedAgenciesMergeIntoTheirLatestNameUnlessKept() throws Exception {
        Set<String> renamed = new HashSet<>();
        try (QueryExec exec = QueryExec.service(BuiltGraph.endpoint()).query("PREFIX org: <http://www.w3.org/ns/org#> SELECT ?a WHERE { ?a org:changedBy ?e }").build()) {
            exec.select().forEachRemaining(b -> renamed.add(b.get("a").getURI()));
        }
        Set<String> kept = endpoints(rows(get("/export/agency-network.csv?lineages=keep")));
        Set<String> merged = endpoints(rows(get("/export/agency-network.csv")));
        Set<String> renamedInKept = new TreeSet<>(kept);
        renamedInKept.retainAll(renamed);
        assertFalse(renamedInKept.isEmpty(), "the seeds tie agencies that were later renamed");
        Set<String> renamedInMerged = new TreeSet<>(merged);
        renamedInMerged.retainAll(renamed);
        assertEquals(Set.of(), renamedInMerged, "a merged network shows each lineage under its latest agency");
    }

    private static Set<String> endpoints(List<CSVRecord> rows) {
        Set<String> out = new TreeSet<>();
        for (CSVRecord r : rows) {
            out.add(r.get("source"));
            out.add(r.get("target"));
        }
        return out;
    }

    @Test
    void networkxOpensTheGraphmlAndTheCsv() throws Exception {
        IndependentClientTest.requireInCi(Files.isExecutable(PYTHON) && IndependentClientTest.available(PYTHON.toString(), "-c", "import networkx"),
                "Debian's python3-networkx");
        Path folder = Files.createDirectories(Path.of("target/agency-network"));
        Path graphml = Files.writeString(folder.resolve("agency-network.graphml"), get("/export/agency-network.graphml"));
        String csv = get("/export/agency-network.csv");
        Path csvFile = Files.writeString(folder.resolve("agency-network.csv"), csv);
        Process p = new ProcessBuilder(PYTHON.toString(), "src/test/resources/clients/networkx_client.py", graphml.toString(), csvFile.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "networkx timed out");
        assertEquals(0, p.exitValue(), out);
        List<CSVRecord> rows = rows(csv);
        int nodes = endpoints(rows).size();
        int tasks = rows.stream().mapToInt(r -> Integer.parseInt(r.get("tasks"))).sum();
        assertTrue(out.contains("graphml nodes " + nodes + " edges " + rows.size() + " tasks " + tasks + " labelled " + nodes + "\n"), out);
        assertTrue(out.contains("csv nodes " + nodes + " edges " + rows.size() + " tasks " + tasks + "\n"), out);
    }
}
