package org.dfkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dfkg.BuiltGraph;
import org.junit.jupiter.api.Test;

class ProgrammeLinkerTest {
    private static LinkedTask task(String doc, String key, int year, String... phrases) {
        return new LinkedTask(doc, key, year, "fujian", Set.of(phrases), Set.of(), Set.of(), Set.of());
    }

    /** Eighty filler tasks, so that a phrase in two of them is rare and one in all of them is common. */
    private static List<LinkedTask> corpus() {
        List<LinkedTask> tasks = new ArrayList<>();
        for (int i = 0; i < 80; i++) tasks.add(task("d" + (i % 4), "f" + i, 2010 + i % 4, "信息化建设", "filler" + i));
        tasks.add(task("d0", "a", 2010, "无线城市", "信息化建设"));
        tasks.add(task("d2", "b", 2013, "无线城市", "信息化建设"));
        tasks.add(task("d1", "c", 2011, "政务外网"));
        tasks.add(task("d1", "d", 2011, "政务外网"));
        return tasks;
    }

    @Test
    void rarePhrasesSharedAcrossDocumentsMakeProgrammes() {
        LinkResult r = new ProgrammeLinker(Map.of("无线城市", "wireless city"), Set.of(), org.dfkg.Lexicons.linking()).link(corpus());
        assertEquals(1, r.programmes().size(), r.programmes().toString());
        Programme p = r.programmes().getFirst();
        assertEquals("无线城市", p.label());
        assertEquals("wireless city", p.gloss());
        assertEquals(2010, p.firstYear());
        assertEquals(2013, p.lastYear());
        assertEquals(List.of("d0/a", "d2/b"), p.members().stream().map(m -> m.task().id()).toList());
        assertEquals(List.of("无线城市"), p.members().getFirst().sharedPhrases(), "the common phrase is no evidence");
        assertTrue(p.members().getFirst().score() >= ProgrammeLinker.MIN_SCORE);
    }

    @Test
    void onlyTasksSharingARarePhraseAreCompared() {
        LinkResult r = new ProgrammeLinker(Map.of(), Set.of(), org.dfkg.Lexicons.linking()).link(corpus());
        assertEquals(2, r.pairsScored(), "one cross-document pair shares a seed, scored from each side; the same-document pair is never scored");
        assertEquals(84L * 83 / 2, r.allPairs());
    }

    @Test
    void theSameInputGivesTheSameProgrammes() {
        List<LinkedTask> shuffled = new ArrayList<>(corpus());
        java.util.Collections.reverse(shuffled);
        assertEquals(new ProgrammeLinker(Map.of(), Set.of(), org.dfkg.Lexicons.linking()).link(corpus()).programmes().toString().length(),
                new ProgrammeLinker(Map.of(), Set.of(), org.dfkg.Lexicons.linking()).link(shuffled).programmes().toString().length());
        assertEquals(new ProgrammeLinker(Map.of(), Set.of(), org.dfkg.Lexicons.linking()).link(corpus()).programmes().getFirst().members().stream().map(m -> m.task().id()).toList(),
                new ProgrammeLinker(Map.of(), Set.of(), org.dfkg.Lexicons.linking()).link(shuffled).programmes().getFirst().members().stream().map(m -> m.task().id()).toList());
    }

    @Test
    void theInitiativesOfTheIssueAreFoundInTheSeedCorpus() {
        LinkResult r = BuiltGraph.result().links();
        Map<String, String> expected = Map.of(
                "宽带工程", "fj-2013-work-points,fj-2019-work-points",
                "无线城市", "fj-2010-work-points,fj-2011-2015-plan,fj-2013-work-points",
                "社保卡", "fj-2010-work-points,fj-2011-2015-plan",
                "政务外网", "fj-2010-work-points,fj-2011-2015-plan,fj-2019-work-points,fz-2017-work-points",
                "电子政务顶层设计", "fj-2010-work-points,fj-2011-2015-plan,fz-2017-work-points",
                "网上办事大厅", "fj-2019-work-points,fz-2017-work-points");
        for (var e : expected.entrySet()) {
            Programme p = r.programmes().stream().filter(x -> x.label().equals(e.getKey())).findFirst()
                    .orElseThrow(() -> new AssertionError("no programme " + e.getKey() + " among " + r.programmes().stream().map(Programme::label).toList()));
            // The documents of the thread: its members and the tasks that name it in a side clause.
            TreeSet<String> docs = new TreeSet<>();
            p.members().forEach(m -> docs.add(m.task().docId()));
            p.mentions().forEach(m -> docs.add(m.task().docId()));
            assertEquals(e.getValue(), String.join(",", docs), e.getKey());
        }
        assertTrue(r.pairsScored() < r.allPairs() / 10, r.pairsScored() + " pairs scored of " + r.allPairs());
    }

    @Test
    void aRareJuxtapositionOfCommonWordsSeedsNothing() {
        List<LinkedTask> tasks = new ArrayList<>();
        // 信息 and 平台 are in every task; 口岸 only in two.
        for (int i = 0; i < 80; i++) tasks.add(words(task("d" + (i % 4), "f" + i, 2010, "filler" + i), "信息", "平台", "filler" + i));
        tasks.add(words(task("d0", "a", 2010, "信息平台", "电子口岸"), "信息", "平台", "电子", "口岸"));
        tasks.add(words(task("d1", "b", 2011, "信息平台", "电子口岸"), "信息", "平台", "电子", "口岸"));
        LinkResult r = new ProgrammeLinker(Map.of(), Set.of(), org.dfkg.Lexicons.linking()).link(tasks);
        assertEquals(List.of("电子口岸"), r.programmes().stream().map(Programme::label).toList());
        assertEquals(List.of("电子口岸"), r.programmes().getFirst().phrases());
    }

    @Test
    void aKindOfWorkSeedsOnlyThroughARareQualifier() {
        List<LinkedTask> tasks = new ArrayList<>();
        for (int i = 0; i < 80; i++) tasks.add(words(task("d" + (i % 4), "f" + i, 2010, "filler" + i), "管理", "信息安全", "filler" + i));
        tasks.add(words(task("d0", "a", 2010, "信息安全管理"), "信息安全", "管理"));
        tasks.add(words(task("d1", "b", 2011, "信息安全管理"), "信息安全", "管理"));
        tasks.add(words(task("d0", "c", 2010, "网格化管理"), "网格化", "管理"));
        tasks.add(words(task("d1", "d", 2011, "网格化管理"), "网格化", "管理"));
        LinkResult r = new ProgrammeLinker(Map.of(), Set.of(), org.dfkg.Lexicons.linking()).link(tasks);
        assertEquals(List.of("网格化管理"), r.programmes().stream().map(Programme::label).toList());
    }

    @Test
    void aTaskAboutAnotherTopicIsASideMentionWhileOthersSpanTwoDocuments() {
        List<LinkedTask> tasks = new ArrayList<>();
        for (int i = 0; i < 200; i++) tasks.add(task("d" + (i % 4), "f" + i, 2010 + i % 4, "filler" + i));
        tasks.add(heading(task("d0", "a", 2010, "政务外网", "外网应用"), "外网应用"));
        tasks.add(heading(task("d1", "b", 2011, "政务外网", "外网应用", "电子政务网络"), "外网应用"));
        tasks.add(heading(task("d2", "c", 2019, "政务外网", "产业园区"), "产业园区"));
        Programme p = new ProgrammeLinker(Map.of(), Set.of(), org.dfkg.Lexicons.linking()).link(tasks).programmes().getFirst();
        assertEquals(List.of("d0/a", "d1/b"), p.members().stream().map(m -> m.task().id()).toList());
        assertEquals(List.of("d2/c"), p.mentions().stream().map(m -> m.task().id()).toList(), "its heading 产业园区 is no member's phrase");
        // With only one other document left, the side mention stays a member: a programme is never made of side clauses.
        List<LinkedTask> pair = new ArrayList<>(tasks.subList(0, 200));
        pair.add(tasks.get(200));
        pair.add(tasks.get(202));
        Programme small = new ProgrammeLinker(Map.of(), Set.of(), org.dfkg.Lexicons.linking()).link(pair).programmes().getFirst();
        assertEquals(List.of(), small.mentions());
    }

    private static LinkedTask heading(LinkedTask t, String... headingPhrases) {
        return new LinkedTask(t.docId(), t.taskKey(), t.year(), t.jurisdictionId(), t.phrases(), t.words(), Set.of(headingPhrases), t.quotedNames(),
                t.technologies(), t.agencies(), t.roles());
    }

    private static LinkedTask words(LinkedTask t, String... words) {
        return new LinkedTask(t.docId(), t.taskKey(), t.year(), t.jurisdictionId(), t.phrases(), Set.of(words), t.quotedNames(), t.technologies(), t.agencies(), t.roles());
    }

    @Test
    void aLargeProgrammeCostsLinearWork() {
        List<LinkedTask> tasks = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            String doc = "d" + (i % 400);
            tasks.add(i < 50 ? task(doc, "t" + i, 2008 + i % 20, "智慧海洋工程", "filler" + i) : task(doc, "t" + i, 2008 + i % 20, "filler" + i));
        }
        LinkResult r = new ProgrammeLinker(Map.of(), Set.of(), org.dfkg.Lexicons.linking()).link(tasks);
        assertEquals(1, r.programmes().size());
        assertEquals(50, r.programmes().getFirst().members().size());
        assertTrue(r.pairsScored() <= 50L * ProgrammeLinker.MAX_COMPARISONS && r.pairsScored() < r.allPairs() / 500, r.pairsScored() + " pairs");
    }
}
