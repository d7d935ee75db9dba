package org.dfkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WarningSummaryTest {
    private static final List<String> WARNINGS = List.of(
            "/c/a.txt: the text states no title; none is given",
            "/c/b.txt:12: a clause outside every task: 由省发改委牵头",
            "/c/b.txt:30: a clause outside every task: 省公安厅配合",
            "/c/b.txt: the text states no date of issue; none is given",
            "/c/b.txt:41: a clause outside every task: 各设区市政府负责",
            "/c/b.txt:57: a clause outside every task: 省财政厅支持");

    @Test
    void warningsAreGroupedPerFileWithTheFirstFew() {
        assertEquals(List.of(
                "warning: /c/a.txt: the text states no title; none is given",
                "warning: /c/b.txt: 5 warnings",
                "  line 12: a clause outside every task: 由省发改委牵头",
                "  line 30: a clause outside every task: 省公安厅配合",
                "  the text states no date of issue; none is given",
                "  … 2 more (--verbose lists them all)"), WarningSummary.lines(WARNINGS, false));
    }

    @Test
    void verboseListsEveryWarning() {
        List<String> all = WarningSummary.lines(WARNINGS, true);
        assertEquals(7, all.size(), all.toString());
        assertEquals("  line 57: a clause outside every task: 省财政厅支持", all.get(6));
    }
}
