package org.dfkg.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.dfkg.store.TdbStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows a store's {@code CURRENT}: when a build publishes a newer generation, it is opened and
 * checked against its manifest, then switched in ({@link LiveDataset#switchTo}). The old generation
 * is closed once no query can still run on it (the query timeout, plus a margin); the build keeps
 * its files until the next publish. A generation that fails its checks is reported once and not
 * served: the server keeps the one it has.
 */
final class GenerationWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("dfkg.store");
    /** How often CURRENT is read; a test may make it shorter. */
    static final Duration POLL = Duration.ofMillis(Long.getLong("dfkg.generationPollMillis", 500));
    private static final Duration MARGIN = Duration.ofSeconds(5);

    private final Path store;
    private final LiveDataset live;
    private final Consumer<DatasetGraph> prepare;
    private final Duration grace;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dfkg-generations");
        t.setDaemon(true);
        return t;
    });
    private volatile TdbStore.Generation served;
    private String refused;

    GenerationWatcher(Path store, LiveDataset live, TdbStore.Generation first, Consumer<DatasetGraph> prepare, Duration queryTimeout) {
        this.store = store;
        this.live = live;
        this.served = first;
        this.prepare = prepare;
        this.grace = queryTimeout.plus(MARGIN);
    }

    void start() {
        timer.scheduleWithFixedDelay(this::poll, POLL.toMillis(), POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    String current() {
        return served.name();
    }

    private void poll() {
        try {
            Path folder = TdbStore.currentFolder(store);
            String name = folder.getFileName().toString();
            if (name.equals(served.name()) || name.equals(refused)) return;
            TdbStore.Generation next;
            try {
                next = TdbStore.openGeneration(folder);
            } catch (java.io.IOException | RuntimeException e) {
                refused = name;
                LOG.warn("{} is not served ({}); still serving {}", name, e.getMessage(), served.name());
                return;
            }
            prepare.accept(next.dataset());
            TdbStore.Generation old = served;
            live.switchTo(new LiveDataset.Served(next.name(), next.dataset(), next.dumps()));
            served = next;
            LOG.info("serving {} ({} quads, {} documents); {} is closed in {} s", next.name(), next.manifest().quads(),
                    next.manifest().documents(), old.name(), grace.toSeconds());
            timer.schedule(() -> TdbStore.close(old), grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.io.IOException | RuntimeException e) {
            LOG.warn("the store's CURRENT cannot be read ({}); still serving {}", e.getMessage(), served.name());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
