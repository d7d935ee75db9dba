package org.dfkg.serve;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a query before the heap runs out for everyone. The JVM reports when a heap pool is still
 * above {@code fraction} of its maximum after a garbage collection (a collection-usage threshold);
 * then the query that has run longest is stopped (503 with a message), and its memory is freed with
 * it. Caps bound what a query holds in strings, sorts and results; this bounds what they do not
 * (the groups of a GROUP BY, the hash table of a join), which grow with the data.
 */
final class MemoryWatchdog implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("dfkg.memory");
    private final NotificationEmitter emitter = (NotificationEmitter) ManagementFactory.getMemoryMXBean();
    private final NotificationListener listener;
    private final List<MemoryPoolMXBean> watched = new ArrayList<>();

    MemoryWatchdog(double fraction, java.util.function.Supplier<String> stopLongestQuery) {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            long max = pool.getUsage().getMax();
            if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported() && max > 0) {
                pool.setCollectionUsageThreshold((long) (max * fraction));
                watched.add(pool);
            }
        }
        listener = (Notification n, Object handback) -> {
            if (!MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(n.getType())) return;
            String stopped = stopLongestQuery.get();
            if (stopped != null) LOG.warn("heap above {}% after a collection: stopped {}", Math.round(fraction * 100), stopped);
        };
        emitter.addNotificationListener(listener, null, null);
    }

    @Override
    public void close() {
        try {
            emitter.removeNotificationListener(listener);
        } catch (ListenerNotFoundException ignored) {
            // Already gone.
        }
    }
}
