package org.dfkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.exec.QueryExec;
import org.dfkg.BuiltGraph;
import org.dfkg.store.Dumps;
import org.junit.jupiter.api.Test;

/**
 * A client this project did not write, Debian's python3-rdflib, reads the N-Quads dump and queries
 * the endpoint; it must agree with Jena on the number of quads and on one query. CI installs the
 * package; elsewhere the test is skipped when it is missing, and fails in CI.
 */
class IndependentClientTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    static boolean available(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    static void requireInCi(boolean present, String what) {
        if (System.getenv("CI") != null) assertTrue(present, what + " is missing; .ci/run installs it");
        assumeTrue(present, what + " is not installed");
    }

    @Test
    void rdflibAgreesWithJena() throws Exception {
        requireInCi(Files.isExecutable(PYTHON) && available(PYTHON.toString(), "-c", "import rdflib"), "Debian's python3-rdflib");
        Path dump = BuiltGraph.settings().dumpsFolder().resolve(Dumps.QUADS_GZ);
        String endpoint = BuiltGraph.endpoint();
        Process p = new ProcessBuilder(PYTHON.toString(), "src/test/resources/clients/rdflib_client.py", dump.toString(), endpoint)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "rdflib client timed out");
        assertEquals(0, p.exitValue(), out);
        long jenaQuads = BuiltGraph.result().dataset().stream().count();
        assertTrue(out.contains("quads " + jenaQuads + "\n"), "rdflib read " + out.lines().findFirst().orElse("") + ", Jena has " + jenaQuads);
        List<String> jena = new ArrayList<>();
        try (QueryExec exec = QueryExec.service(endpoint).query("PREFIX dfkg: <https://w3id.org/dfkg/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/> "
                + "SELECT ?doc (COUNT(?t) AS ?n) WHERE { ?t a dfkg:Task ; dfkg:inDocument/dcterms:identifier ?doc } GROUP BY ?doc ORDER BY ?doc").build()) {
            exec.select().forEachRemaining(b -> jena.add("tasks " + b.get("doc").getLiteralLexicalForm() + " " + b.get("n").getLiteralLexicalForm()));
        }
        assertEquals(jena, out.lines().filter(l -> l.startsWith("tasks ")).toList());
    }
}
