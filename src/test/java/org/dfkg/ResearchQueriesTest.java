package org.dfkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every research query in queries/ runs over HTTP against the served graph and returns real content. */
class ResearchQueriesTest {
    static Stream<Path> queries() throws Exception {
        return Files.list(Path.of("queries")).filter(p -> p.toString().endsWith(".rq")).sorted();
    }

    private static List<String> rows(String query, String... vars) {
        List<String> out = new ArrayList<>();
        try (QueryExec exec = QueryExecHTTP.service(BuiltGraph.endpoint()).query(query).build()) {
            // A CONSTRUCT (the agency network) answers triples: one row each.
            if (exec.getQuery().isConstructType()) {
                exec.construct().find().forEachRemaining(t -> out.add(t.toString()));
                return out;
            }
            RowSet rs = exec.select();
            rs.forEachRemaining(b -> {
                StringBuilder line = new StringBuilder();
                for (String v : vars) line.append(b.get(v) == null ? "" : b.get(v).isLiteral() ? b.get(v).getLiteralLexicalForm() : b.get(v).toString()).append('\t');
                out.add(line.toString().strip());
            });
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("queries")
    void queryOpensWithBilingualQuestionAndReturnsRows(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String[] lines = text.split("\n");
        assertTrue(lines[0].startsWith("# ") && lines[0].matches(".*[A-Za-z].*"), "English question first: " + file);
        assertTrue(lines[1].startsWith("# ") && lines[1].matches(".*\\p{IsHan}.*"), "Chinese question second: " + file);
        assertFalse(rows(text).isEmpty(), file + " returned no rows");
    }

    private static String read(String name) throws Exception {
        return Files.readString(Path.of("queries", name), StandardCharsets.UTF_8);
    }

    static Stream<String> countingTwins() throws Exception {
        return CountingQueries.names();
    }

    /** Every query that reads the build's sums answers what counting every node answers. */
    @ParameterizedTest
    @MethodSource("countingTwins")
    void sumsAnswerWhatCountingEveryNodeAnswers(String name) {
        CountingQueries.assertSameRows(name, query -> {
            try (QueryExec exec = QueryExecHTTP.service(BuiltGraph.endpoint()).query(query).build()) {
                return exec.select().materialize();
            }
        });
    }

    @Test
    void internetOfThingsAppearsInAtLeastFourDocuments() throws Exception {
        Set<String> years = new TreeSet<>();
        for (String row : rows(read("technologies-by-year.rq"), "technology", "year")) {
            if (row.startsWith("物联网\t")) years.add(row.split("\t")[1]);
        }
        assertTrue(years.size() >= 4, "物联网 in " + years);
    }

    @Test
    void digitalOfficeLeadsTasksIn2010And2013() throws Exception {
        // The query answers one year, 2010 unless the year in its COALESCE is changed, as its comment tells a reader to.
        String query = read("tasks-led-by-agency-by-year.rq");
        for (String year : List.of("2010", "2013")) {
            List<String> years = rows(query.replace("\"2010\"^^xsd:gYear", "\"" + year + "\"^^xsd:gYear"), "year");
            assertFalse(years.isEmpty(), "省数字办 leads tasks in " + year);
            assertEquals(Set.of(year), new TreeSet<>(years), "only tasks of " + year);
        }
    }

    @Test
    void mobileGenerationsRollUp() throws Exception {
        List<String> rows = rows(read("mobile-generations-rolled-up.rq"), "year", "generation");
        assertTrue(rows.contains("2010\t3G") && rows.contains("2019\t5G") && rows.contains("2013\tTD-LTE"), rows.toString());
    }

    @Test
    void targetsCarryTheirDeadlineAndSentence() throws Exception {
        List<String> rows = rows(read("targets-by-deadline.rq"), "deadline", "doc", "value", "sentence");
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("2015\tfj-2011-2015-plan\t48000000") && r.contains("4800万户")), rows.toString());
    }

    @Test
    void programmesSpanTheYearsAndTheCityTakesUpProvincialOnes() throws Exception {
        List<String> three = rows(read("programmes-in-three-or-more-documents.rq"), "label");
        // 三网融合's third document names it only in side clauses (有线数字电视整体转换; a list of industries), so
        // its members span two documents; queries/eval/threads.rq still returns all three.
        assertTrue(three.containsAll(List.of("政务外网", "无线城市")), three.toString());
        List<String> leads = rows(read("programme-lead-agencies-by-year.rq"), "year", "agencyLabel");
        assertTrue(leads.stream().anyMatch(r -> r.startsWith("2017\t福州市")), leads.toString());
        List<String> city = rows(read("city-tasks-continuing-provincial-programmes.rq"), "label", "cityDoc");
        assertTrue(city.contains("网上办事大厅\tfz-2017-work-points"), city.toString());
        List<String> mobile = rows(read("technology-trajectories-rolled-up.rq"), "topLabel", "year");
        assertTrue(mobile.containsAll(List.of("移动通信\t2010", "移动通信\t2019")), mobile.toString());
        List<String> cited = rows(read("cited-documents.rq"), "title", "citingDocuments");
        assertTrue(cited.contains("福建省信息化促进条例\t2"), cited.toString());
    }

    @Test
    void lineagesCountTasksUnderEveryNameAndTechnologiesHaveTheirYears() throws Exception {
        List<String> health = rows(read("agency-lineages.rq"), "currentLabel", "year", "nameUsed");
        assertTrue(health.stream().anyMatch(r -> r.equals("福建省卫生健康委员会\t2010\t福建省卫生厅")), health.toString());
        List<String> iot = rows(read("technology-first-and-last-year.rq"), "label", "first", "last");
        assertTrue(iot.contains("物联网\t2010\t2019"), iot.toString());
        List<String> continued = rows("PREFIX dfkg: <https://w3id.org/dfkg/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/> "
                + "SELECT ?doc WHERE { ?c dfkg:takesUp ?p . ?p dfkg:inDocument/dcterms:identifier ?doc }", "doc");
        assertTrue(continued.contains("fj-2019-work-points") && !continued.contains("fj-2010-work-points"), "neighbouring years only: " + continued);
    }
}
