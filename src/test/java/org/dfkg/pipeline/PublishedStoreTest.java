package org.dfkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dfkg.BuiltGraph;
import org.dfkg.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one way every command gets a store to read: build afresh, build when none is published, or never. */
class PublishedStoreTest {
    @Test
    void eachPolicyBuildsOnlyWhenItSays(@TempDir Path tmp) throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(BuiltGraph.projectRoot().resolve("data/corpus/fz-2017-work-points.txt"), corpus.resolve("fz-2017-work-points.txt"));
        BuildSettings settings = BuiltGraph.settings().withCorpus(corpus).withDatabase(tmp.resolve("db")).withOutputs(tmp.resolve("out"));

        assertNull(built(settings, PublishedStore.Policy.EXISTING), "never builds");
        assertTrue(!Files.exists(tmp.resolve("db")), "nothing is written");

        BuildResult first = PublishedStore.ensure(settings, PublishedStore.Policy.BUILD_IF_MISSING);
        assertNotNull(first, "builds when nothing is published");
        assertTrue(first.published());
        Path published = TdbStore.currentFolder(tmp.resolve("db"));

        assertNull(built(settings, PublishedStore.Policy.BUILD_IF_MISSING), "reads what is published");
        assertEquals(published, TdbStore.currentFolder(tmp.resolve("db")));

        assertTrue(PublishedStore.ensure(settings, PublishedStore.Policy.REBUILD).published(), "builds afresh");
        assertTrue(!published.equals(TdbStore.currentFolder(tmp.resolve("db"))), "a new generation is published");
    }

    /** What ensure did, said briefly: a build result prints the whole dataset. */
    private static String built(BuildSettings settings, PublishedStore.Policy policy) throws Exception {
        return PublishedStore.ensure(settings, policy) == null ? null : "it built";
    }
}
