package org.dfkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.dfkg.BuiltGraph;
import org.dfkg.pipeline.BuildResult;
import org.dfkg.pipeline.BuildSettings;
import org.dfkg.pipeline.KnowledgeGraphBuilder;
import org.dfkg.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds of texts of the genre that the seed corpus does not show: scripts, clauses outside tasks, a document that does not conform. */
class GenreBuildTest {
    private static BuildSettings settings(Path corpus, Path tmp) {
        return BuildSettings.defaults(BuiltGraph.projectRoot()).withCorpus(corpus).withDatabase(tmp.resolve("db")).withOutputs(tmp.resolve("out"));
    }

    @Test
    void aWorkCitedInTwoScriptsHasOneTitleAndTheOtherAsAnAlternative(@TempDir Path tmp) throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "2022年数字福州工作要点\n一、夯实基础\n1.落实《福建省“十四五”数字福建专项规划》，建设政务云。（责任单位：市数字办）\n", StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("b.txt"), "2022年數字廈門工作要點\n一、夯實基礎\n1.落實《福建省\"十四五\"數字福建專項規劃》，建設政務雲。（責任單位：市工信局）\n", StandardCharsets.UTF_8);
        BuildResult r = new KnowledgeGraphBuilder(settings(corpus, tmp)).build();
        assertTrue(r.published(), () -> r.validation().findings().toString());
        DatasetGraph db = TdbStore.open(tmp.resolve("db"));
        List<String> rows = Txn.calculateRead(db, () -> {
            List<String> out = new java.util.ArrayList<>();
            QueryExec.dataset(db).query("""
                    PREFIX dfkg: <https://w3id.org/dfkg/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/>
                    SELECT ?w ?title ?alt WHERE { ?w a dfkg:CitedDocument ; dcterms:title ?title OPTIONAL { ?w dcterms:alternative ?alt } }""")
                    .select().forEachRemaining(b -> out.add(b.get("w").getURI() + " " + b.get("title").getLiteralLexicalForm() + " "
                            + (b.get("alt") == null ? "-" : b.get("alt").getLiteralLexicalForm())));
            return out.stream().distinct().sorted().toList();
        });
        assertEquals(1, rows.stream().map(x -> x.split(" ")[0]).distinct().count(), rows.toString());
        assertTrue(rows.stream().allMatch(x -> x.contains(" 福建省“十四五”数字福建专项规划 ")), rows.toString());
        assertTrue(rows.stream().anyMatch(x -> x.endsWith(" 福建省\"十四五\"數字福建專項規劃")), "the Traditional print is an alternative: " + rows);
    }

    @Test
    void oneAgencyNamedByAProvinceAndACityIsOneNode(@TempDir Path tmp) throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("p.txt"), "2025年数字福建工作要点\n一、办好峰会\n（一）举办数字中国建设峰会。（责任单位：省数据管理局，数字福州集团）\n", StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("c.txt"), "2025年数字福州工作要点\n一、办好峰会\n1.打造精彩峰会。（牵头责任单位：市数据管理局；相关责任单位：数字福州集团、福州古厝集团）\n", StandardCharsets.UTF_8);
        BuildResult r = new KnowledgeGraphBuilder(settings(corpus, tmp)).assemble();
        assertTrue(r.validation().conforms(), () -> r.validation().findings().toString());
        long nodes = r.documents().stream().flatMap(d -> d.tasks().stream()).flatMap(t -> t.assignments().stream())
                .filter(a -> a.surface().equals("数字福州集团")).map(a -> a.party()).distinct().count();
        assertEquals(1, nodes, "the company is one agency in both texts");
    }

    @Test
    void aClauseOutsideEveryTaskIsReportedWithItsFileAndLine(@TempDir Path tmp) throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("c.txt"), "2022年数字福建工作要点\n第一章 发展基础\n全省建成5G基站5万个。（责任单位：省通信管理局）\n", StandardCharsets.UTF_8);
        BuildResult r = new KnowledgeGraphBuilder(settings(corpus, tmp)).assemble();
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("c.txt:3") && w.contains("省通信管理局") && w.contains("outside every task")), r.warnings().toString());
    }

    @Test
    void keepGoingPublishesTheDocumentsThatConformAndListsTheOthers(@TempDir Path tmp) throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(BuiltGraph.projectRoot().resolve("data/corpus/fz-2017-work-points.txt"), corpus.resolve("fz-2017-work-points.txt"));
        Files.copy(BuiltGraph.projectRoot().resolve("data/corpus/fj-2010-work-points.txt"), corpus.resolve("broken.txt"));
        // A curator's sidecar gives a document number the shapes reject.
        Files.writeString(corpus.resolve("broken.meta.properties"), "documentNumber=闽政2010-1号\n", StandardCharsets.UTF_8);
        String[] common = {"--project", BuiltGraph.projectRoot().toString(), "--corpus", corpus.toString(),
                "--db", tmp.resolve("db").toString(), "--out", tmp.resolve("out").toString()};

        Cli strict = Cli.run(concat("build", common));
        assertEquals(1, strict.exit(), strict.out() + strict.err());
        assertTrue(strict.out().contains("not published"), strict.out());
        assertTrue(!Files.exists(tmp.resolve("db")), "a strict build that does not conform publishes nothing");

        Cli lenient = Cli.run(concat("build", concat("--keep-going", common)));
        assertEquals(1, lenient.exit(), "leaving a document out is still a failure: " + lenient.out());
        assertTrue(lenient.out().contains("left out (does not conform): broken"), lenient.out());
        assertTrue(lenient.out().contains("documentNumber"), "the reason is given: " + lenient.out());
        assertTrue(lenient.out().contains("published 1 documents; 1 left out"), lenient.out());
        DatasetGraph db = TdbStore.open(tmp.resolve("db"));
        long documents = Txn.calculateRead(db, () -> ((Number) QueryExec.dataset(db)
                .query("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a <https://w3id.org/dfkg/ontology#PolicyDocument> }")
                .select().next().get("n").getLiteralValue()).longValue());
        assertEquals(1, documents, "only the conforming document is published");
    }

    private static String[] concat(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
