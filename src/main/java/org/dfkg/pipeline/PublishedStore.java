package org.dfkg.pipeline;

import java.io.IOException;
import org.dfkg.store.TdbStore;

/** How a command that reads the store gets one: every such command asks here, with its policy. */
public final class PublishedStore {
    /** When to build before reading the store. */
    public enum Policy {
        /** Build afresh, so that what is read is the corpus as it is now (serve, eval). */
        REBUILD,
        /** Build only when no generation is published yet (a load run). */
        BUILD_IF_MISSING,
        /** Never build: read what is published, or fail (serve --no-build). */
        EXISTING
    }

    private PublishedStore() {}

    /**
     * Builds as the policy says. Returns the build's result, or null when it did not build; a build that
     * did not publish is returned too, and the caller reports it rather than reading the old store.
     */
    public static BuildResult ensure(BuildSettings settings, Policy policy) throws IOException {
        boolean build = switch (policy) {
            case REBUILD -> true;
            case EXISTING -> false;
            case BUILD_IF_MISSING -> !published(settings);
        };
        return build ? new KnowledgeGraphBuilder(settings).build() : null;
    }

    private static boolean published(BuildSettings settings) {
        try {
            TdbStore.currentFolder(settings.database());
            return true;
        } catch (IOException none) {
            return false;
        }
    }
}
