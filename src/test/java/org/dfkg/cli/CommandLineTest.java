package org.dfkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dfkg.BuiltGraph;
import org.dfkg.store.Dumps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands as CI pipelines use them: exit codes and readable output. */
class CommandLineTest {
    @Test
    void validateExitsZeroOnAConformingDumpAndOneOnABrokenOne(@TempDir Path tmp) throws Exception {
        BuiltGraph.result();
        // The dumps of the generation the build published: asked after the build, as the folder is named by it.
        Path dump = BuiltGraph.settings().dumpsFolder().resolve(Dumps.ALL);
        Cli ok = Cli.run("validate", "--project", BuiltGraph.projectRoot().toString(), "--data", dump.toString(), "--report", tmp.resolve("ok.ttl").toString());
        assertEquals(0, ok.exit(), ok.out() + ok.err());
        assertTrue(ok.out().contains("SHACL: conforms"), ok.out());

        String broken = Files.readString(dump, StandardCharsets.UTF_8).replace("\"福建省卫生厅\"@zh", "\"福建省民政厅\"@zh");
        Path bad = Files.writeString(tmp.resolve("broken.trig"), broken, StandardCharsets.UTF_8);
        Cli fail = Cli.run("validate", "--project", BuiltGraph.projectRoot().toString(), "--data", bad.toString(), "--report", tmp.resolve("bad.ttl").toString());
        assertEquals(1, fail.exit(), fail.out() + fail.err());
        assertTrue(fail.out().contains("violations") && fail.out().contains("Another agency has the same preferred label"), fail.out());
        assertTrue(Files.size(tmp.resolve("bad.ttl")) > 0, "full report written");

        Path garbage = Files.writeString(tmp.resolve("garbage.trig"), "this is { not RDF", StandardCharsets.UTF_8);
        Cli unreadable = Cli.run("validate", "--project", BuiltGraph.projectRoot().toString(), "--data", garbage.toString());
        assertEquals(2, unreadable.exit());
        assertTrue(unreadable.err().contains("garbage.trig"), unreadable.err());
    }

    @Test
    void buildOfACorpusWithABadFileNamesItAndStillBuildsTheRest(@TempDir Path tmp) throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(Path.of("data/corpus/fz-2017-work-points.txt"), corpus.resolve("fz-2017-work-points.txt"));
        Files.write(corpus.resolve("bad.txt"), new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1});
        Cli r = Cli.run("build", "--project", BuiltGraph.projectRoot().toString(), "--corpus", corpus.toString(),
                "--db", tmp.resolve("db").toString(), "--out", tmp.resolve("out").toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("rejected: ") && r.err().contains("bad.txt"), r.err());
        assertTrue(r.out().contains("fz-2017-work-points") && r.out().contains("published"), r.out());
        assertTrue(Files.isDirectory(tmp.resolve("db")));
    }

    @Test
    void reportListsUnreconciledAgenciesAndCandidateTerms(@TempDir Path tmp) throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("fj-2020-test.txt"), """
                2020年数字福建工作要点
                一、重点任务
                （一）建设海峡量子通信网络。推进量子保密通信干线建设（福建省海峡量子研究会、省数字办负责）。
                专栏一：无线城市
                无线城市：就是使用高速宽带无线技术覆盖城市行政区域。
                """, StandardCharsets.UTF_8);
        Cli r = Cli.run("report", "--project", BuiltGraph.projectRoot().toString(), "--corpus", corpus.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("福建省海峡量子研究会\tfujian\tfj-2020-test"), r.out());
        assertTrue(r.out().contains("1 unreconciled agency names"), r.out());
        assertTrue(r.out().contains("无线城市\tglossary\tfj-2020-test"), r.out());
    }

    @Test
    void linksExplainShowsMembersWithTheirTextAndEvidence() {
        Cli r = Cli.run("links", "--project", BuiltGraph.projectRoot().toString(), "--explain", "社保卡");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("== 社保卡 (social security card)  2010–2011"), r.out());
        assertTrue(r.out().contains("[fj-2010-work-points ") && r.out().contains("[fj-2011-2015-plan "), r.out());
        assertTrue(r.out().matches("(?s).*score [0-9.]+ with fj-20[0-9-]+work-points s[0-9.]+-t[0-9]+: phrases \\[[^]]*社保卡.*"), r.out());
        assertTrue(r.out().contains("candidate task pairs scored of"), r.out());
        assertEquals(1, Cli.run("links", "--project", BuiltGraph.projectRoot().toString(), "--explain", "不存在的项目").exit());
    }
}
