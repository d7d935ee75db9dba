package org.dfkg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A load run: N clients on loopback send the research queries of {@code queries/} in turn, and
 * every {@code pathologicalEvery}-th request of a client is a cross product that only the server's
 * timeout stops. Beside them, one attacker per {@link Attack} kind sends its attack again and again.
 * Reports throughput, latency percentiles of the normal queries, their errors, how the pathological
 * requests and each attack ended, and the highest heap use seen by a sampler when the server runs
 * in this JVM.
 */
public final class LoadRun {
    public static final int MAX_CLIENTS = 256;
    public static final int MAX_SECONDS = 3600;
    static final String PATHOLOGICAL = "SELECT ?a WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?a ?d ?g";

    /** How one attacker's requests ended: how many, how many were defended (503 or 4xx), and the statuses seen. */
    public record AttackOutcome(String name, long requests, long defended, java.util.SortedMap<Integer, Long> statuses) {}

    /** {@code latenciesMicros}: the normal queries' latencies, recorded to three significant digits. */
    public record Report(int clients, int seconds, long normal, long normalErrors, org.HdrHistogram.Histogram latenciesMicros,
                         long pathological, long pathologicalStopped, long pathologicalOther, long slowestStopMillis, long maxHeapBytes,
                         long heapLimitBytes, List<AttackOutcome> attacks) {
        double percentileMillis(double p) {
            if (latenciesMicros.getTotalCount() == 0) return Double.NaN;
            return (p >= 1 ? latenciesMicros.getMaxValue() : latenciesMicros.getValueAtPercentile(p * 100)) / 1000.0;
        }

        public String text() {
            StringBuilder attackLines = new StringBuilder();
            for (AttackOutcome a : attacks) {
                attackLines.append(String.format(Locale.ROOT, "%nattack %-32s %5d requests, %5d ended with 503 or 4xx, statuses %s", a.name(), a.requests(), a.defended(), a.statuses()));
            }
            return String.format(Locale.ROOT, """
                    clients %d, %d s
                    normal queries   %d requests, %.1f per second, p50 %.1f ms, p99 %.1f ms, max %.1f ms, errors %d
                    pathological     %d requests: %d stopped by the timeout (503), %d other outcomes; the slowest stop took %.1f s
                    heap             max %s of %s seen (sampled every 100 ms in the server's JVM)""",
                    clients, seconds, normal, normal / (double) seconds, percentileMillis(0.5), percentileMillis(0.99),
                    percentileMillis(1.0), normalErrors, pathological, pathologicalStopped, pathologicalOther, slowestStopMillis / 1000.0,
                    maxHeapBytes < 0 ? "n/a" : (maxHeapBytes >> 20) + " MiB", heapLimitBytes < 0 ? "n/a" : (heapLimitBytes >> 20) + " MiB") + attackLines;
        }
    }

    private LoadRun() {}

    public static List<String> queries(Path folder) throws IOException {
        return new ArrayList<>(QueryLatencyRun.queries(folder).values());
    }

    /** @param inProcessServer whether the server runs in this JVM, so its heap can be sampled */
    public static Report run(String endpoint, List<String> queries, int clients, int seconds, int pathologicalEvery, boolean inProcessServer,
                             boolean attackers) throws InterruptedException {
        if (clients < 1 || clients > MAX_CLIENTS) throw new IllegalArgumentException("clients must be 1-" + MAX_CLIENTS);
        if (seconds < 1 || seconds > MAX_SECONDS) throw new IllegalArgumentException("seconds must be 1-" + MAX_SECONDS);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).executor(Executors.newFixedThreadPool(4)).build();
        org.HdrHistogram.Histogram latencies = new org.HdrHistogram.ConcurrentHistogram(3);
        AtomicLong normal = new AtomicLong(), errors = new AtomicLong(), patho = new AtomicLong(), stopped = new AtomicLong(), other = new AtomicLong();
        AtomicLong maxHeap = new AtomicLong(-1), slowestStop = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        Thread sampler = new Thread(() -> {
            Runtime rt = Runtime.getRuntime();
            while (System.nanoTime() < end) {
                maxHeap.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        if (inProcessServer) sampler.start();
        List<Attack> kinds = attackers ? Attack.kinds() : List.of();
        ExecutorService pool = Executors.newFixedThreadPool(clients + kinds.size());
        String root = URI.create(endpoint).resolve("/").toString();
        List<AttackOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        for (Attack attack : kinds) {
            pool.submit(() -> {
                java.util.SortedMap<Integer, Long> statuses = new java.util.TreeMap<>();
                long requests = 0, defended = 0;
                while (System.nanoTime() < end) {
                    int status;
                    try {
                        status = http.send(attack.request(root), HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (Exception e) {
                        status = -1;
                    }
                    requests++;
                    if (Attack.defended(status)) defended++;
                    statuses.merge(status, 1L, Long::sum);
                }
                outcomes.add(new AttackOutcome(attack.name(), requests, defended, statuses));
            });
        }
        for (int c = 0; c < clients; c++) {
            final int client = c;
            pool.submit(() -> {
                int i = client;
                while (System.nanoTime() < end) {
                    boolean pathological = pathologicalEvery > 0 && i % pathologicalEvery == pathologicalEvery - 1;
                    String q = pathological ? PATHOLOGICAL : queries.get(i % queries.size());
                    i++;
                    HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint + "?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                            .header("Accept", "application/sparql-results+json, application/n-triples;q=0.9").timeout(Duration.ofSeconds(120)).build();
                    long t0 = System.nanoTime();
                    int status;
                    try {
                        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        status = r.statusCode();
                    } catch (Exception e) {
                        status = -1;
                    }
                    long micros = (System.nanoTime() - t0) / 1000;
                    if (pathological) {
                        patho.incrementAndGet();
                        if (status == 503) {
                            stopped.incrementAndGet();
                            slowestStop.accumulateAndGet(micros / 1000, Math::max);
                        }
                        else other.incrementAndGet();
                    } else {
                        normal.incrementAndGet();
                        latencies.recordValue(micros);
                        if (status != 200) errors.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 180L, TimeUnit.SECONDS);
        sampler.interrupt();
        List<AttackOutcome> attacks = new ArrayList<>(outcomes);
        attacks.sort(java.util.Comparator.comparing(a -> kinds.stream().map(Attack::name).toList().indexOf(a.name())));
        return new Report(clients, seconds, normal.get(), errors.get(), latencies, patho.get(), stopped.get(), other.get(), slowestStop.get(),
                inProcessServer ? maxHeap.get() : -1, inProcessServer ? Runtime.getRuntime().maxMemory() : -1, attacks);
    }
}
