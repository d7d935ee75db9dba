package org.dfkg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Latency of each research query over HTTP on 127.0.0.1, against two endpoints over one database:
 * the project's server and a bare embedded Fuseki. Each query runs a warm-up on both, then the two
 * endpoints take turns, round by round, so that the machine's noise falls on both alike.
 */
public final class QueryLatencyRun {
    /** Per query: latencies in milliseconds on each endpoint, sequential and under concurrent clients. */
    public record QueryFigures(String name, List<Double> oursSequential, List<Double> bareSequential,
                               List<Double> oursConcurrent, List<Double> bareConcurrent, int failures) {}

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public static Map<String, String> queries(Path folder) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                out.put(f.getFileName().toString().replaceFirst("\\.rq$", ""), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    /**
     * @param rounds measured rounds per query and endpoint, after one warm-up round
     * @param clients concurrent clients in the concurrent part (each sends the query once per round)
     */
    public List<QueryFigures> run(String ours, String bare, Map<String, String> queries, int rounds, int clients) throws Exception {
        List<QueryFigures> out = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, clients));
        try {
            for (var q : queries.entrySet()) {
                int[] failures = {0};
                List<Double> os = new ArrayList<>(), bs = new ArrayList<>(), oc = new ArrayList<>(), bc = new ArrayList<>();
                time(ours, q.getValue(), failures);
                time(bare, q.getValue(), failures);
                for (int r = 0; r < rounds; r++) {
                    os.add(time(ours, q.getValue(), failures));
                    bs.add(time(bare, q.getValue(), failures));
                }
                for (int r = 0; r < rounds && clients > 0; r++) {
                    oc.addAll(concurrently(pool, clients, ours, q.getValue(), failures));
                    bc.addAll(concurrently(pool, clients, bare, q.getValue(), failures));
                }
                out.add(new QueryFigures(q.getKey(), os, bs, oc, bc, failures[0]));
            }
        } finally {
            pool.shutdownNow();
        }
        return out;
    }

    private List<Double> concurrently(ExecutorService pool, int clients, String endpoint, String query, int[] failures) throws Exception {
        List<Future<Double>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) futures.add(pool.submit(() -> time(endpoint, query, failures)));
        List<Double> out = new ArrayList<>();
        for (Future<Double> f : futures) out.add(f.get());
        return out;
    }

    /** Milliseconds until the whole response has been read. */
    private double time(String endpoint, String query, int[] failures) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json, application/n-triples;q=0.9").timeout(Duration.ofSeconds(120)).build();
        long t0 = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        double ms = (System.nanoTime() - t0) / 1e6;
        if (response.statusCode() != 200) {
            synchronized (failures) {
                failures[0]++;
            }
        }
        return ms;
    }
}
