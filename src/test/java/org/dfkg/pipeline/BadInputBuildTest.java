package org.dfkg.pipeline;

import org.dfkg.store.TdbStore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.HanLP;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.dfkg.BuiltGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input gets a defined outcome, in one real build run as a separate JVM with
 * -Xmx1g: good files in odd encodings are read correctly, bad files are rejected by name with
 * the reason, and the rest of the corpus still builds.
 */
class BadInputBuildTest {
    private static String read(String name) throws Exception {
        return Files.readString(Path.of("data/corpus", name), StandardCharsets.UTF_8);
    }

    @Test
    void everyBadInputHasADefinedOutcomeAndTheRestBuilds(@TempDir Path tmp) throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        String fuzhou = read("fz-2017-work-points.txt");
        String y2010 = read("fj-2010-work-points.txt");
        String y2013 = read("fj-2013-work-points.txt");
        String y2019 = read("fj-2019-work-points.txt");
        Files.writeString(corpus.resolve("fz-2017-work-points.txt"), fuzhou, StandardCharsets.UTF_8);
        Files.write(corpus.resolve("fj-2010-gbk.txt"), y2010.getBytes(Charset.forName("GBK")));
        Files.write(corpus.resolve("fj-2011-gb18030.txt"), read("fj-2011-2015-plan.txt").getBytes(Charset.forName("GB18030")));
        byte[] body = y2013.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[body.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bom, 3, body.length);
        Files.write(corpus.resolve("fj-2013-bom.txt"), bom);
        String traditional = HanLP.convertToTraditionalChinese(y2019);
        Files.writeString(corpus.resolve("fj-2019-traditional.txt"), traditional, StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("zz-fz-2017-copy.txt"), fuzhou, StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("prose.txt"), "今天天气很好。我们去公园散步，看见很多人在锻炼身体。晚上回家吃饭。", StandardCharsets.UTF_8);
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        Files.writeString(corpus.resolve("blank.txt"), " \n\t\n   ", StandardCharsets.UTF_8);
        Files.write(corpus.resolve("binary.txt"), new byte[] {0x50, 0x4B, 3, 4, 0, 0, 0, 1, 2, (byte) 0xFF});
        byte[] broken = fuzhou.getBytes(StandardCharsets.UTF_8);
        broken[200] = (byte) 0xC3;
        broken[201] = (byte) 0x28;
        Files.write(corpus.resolve("invalid-utf8.txt"), broken);
        byte[] line = "数字福建建设加快推进".repeat(1000).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(corpus.resolve("huge-single-line.txt")), 1 << 20)) {
            for (long written = 0; written < 200L * 1024 * 1024; written += line.length) out.write(line);
        }

        Path db = tmp.resolve("db");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), "org.dfkg.cli.Main", "build", "--project", BuiltGraph.projectRoot().toString(),
                "--corpus", corpus.toString(), "--db", db.toString(), "--out", tmp.resolve("out").toString()));
        Process p = new ProcessBuilder(command).redirectOutput(tmp.resolve("out.txt").toFile()).redirectError(tmp.resolve("err.txt").toFile()).start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the build finished");
        String out = Files.readString(tmp.resolve("out.txt"));
        String err = Files.readString(tmp.resolve("err.txt"));
        assertEquals(0, p.exitValue(), out + err);
        for (String built : new String[] {"fz-2017-work-points", "fj-2010-gbk", "fj-2011-gb18030", "fj-2013-bom", "fj-2019-traditional", "prose"}) {
            assertTrue(out.contains(built + " "), built + " built:\n" + out + "\nstderr:\n" + err.lines().limit(30).toList());
        }
        String[][] rejected = {
                {"zz-fz-2017-copy.txt", "same text as"}, {"empty.txt", ""}, {"blank.txt", ""}, {"binary.txt", ""},
                {"invalid-utf8.txt", ""}, {"huge-single-line.txt", "larger than the limit"}};
        for (String[] r : rejected) {
            assertTrue(err.lines().anyMatch(l -> l.contains(r[0]) && l.contains(r[1])), r[0] + " rejected with its reason:\n" + err);
        }
        assertTrue(out.contains("published"), out);

        DatasetGraph dsg = TdbStore.open(db);
        Txn.executeRead(dsg, () -> {
            String text = literal(dsg, "SELECT ?t WHERE { ?d <http://purl.org/dc/terms/identifier> \"fj-2010-gbk\" ; <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#isString> ?t }");
            assertEquals(y2010, text, "GBK decodes to the UTF-8 original");
            String withBom = literal(dsg, "SELECT ?t WHERE { ?d <http://purl.org/dc/terms/identifier> \"fj-2013-bom\" ; <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#isString> ?t }");
            assertFalse(withBom.contains("\uFEFF"));
            assertEquals(y2013, withBom);
            String trad = literal(dsg, "SELECT ?t WHERE { ?d <http://purl.org/dc/terms/identifier> \"fj-2019-traditional\" ; <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#isString> ?t }");
            assertEquals(traditional, trad, "literals keep the Traditional original");
            String leads = literal(dsg, "PREFIX dfkg: <https://w3id.org/dfkg/ontology#> SELECT (COUNT(*) AS ?n) WHERE { ?t dfkg:inDocument/<http://purl.org/dc/terms/identifier> \"fj-2019-traditional\" ; "
                    + "dfkg:leadAgency|dfkg:responsibleAgency <https://w3id.org/dfkg/id/agency/fj-digital-fujian-office> }");
            assertTrue(Integer.parseInt(leads) > 0, "Traditional 數字辦 matches the reference data's 数字办");
        });
    }

    private static String literal(DatasetGraph dsg, String query) {
        try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
            var rows = exec.select();
            assertTrue(rows.hasNext(), query);
            var b = rows.next();
            return b.get(b.vars().next()).getLiteralLexicalForm();
        }
    }
}
