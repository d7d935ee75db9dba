package org.dfkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dfkg.BuiltGraph;
import org.junit.jupiter.api.Test;

/**
 * A short load run with one attacker per kind against a server with the default limits: the normal
 * queries see no error, and every attack ends with 503 or 4xx. Nothing here asserts a timing.
 */
class LoadRunTest {
    @Test
    void underAttackTheNormalQueriesSucceedAndEveryAttackIsDefended() throws Exception {
        String endpoint = BuiltGraph.endpoint();
        LoadRun.Report report = LoadRun.run(endpoint, LoadRun.queries(BuiltGraph.projectRoot().resolve("queries")), 2, 5, 0, true, true);
        assertTrue(report.normal() > 0, report.text());
        assertEquals(0, report.normalErrors(), report.text());
        assertEquals(Attack.kinds().size(), report.attacks().size(), report.text());
        for (LoadRun.AttackOutcome a : report.attacks()) {
            assertTrue(a.requests() > 0, report.text());
            assertEquals(a.requests(), a.defended(), a.name() + " ended otherwise: " + report.text());
        }
    }
}
