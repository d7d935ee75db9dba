package org.dfkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.dfkg.BuiltGraph;
import org.dfkg.pipeline.BuildSettings;
import org.dfkg.pipeline.KnowledgeGraphBuilder;
import org.dfkg.store.TdbStore;
import org.dfkg.vocab.DFKG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A running server follows the store: builds publish new generations while clients query SPARQL,
 * search, VoID and the dumps without a single failed request; after each switch every route answers
 * from the new generation; a transaction that began before a switch reads the old one to its end;
 * and the store keeps only the current generation and the one before it.
 */
class HotSwapTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static long documents(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> dsg.stream(null, null, RDF.type.asNode(), DFKG.POLICY_DOCUMENT.asNode()).map(q -> q.getSubject()).distinct().count());
    }

    private static String get(String url, String accept) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new AssertionError(url + " → " + r.statusCode() + " " + r.body());
        return r.body();
    }

    private static void awaitGeneration(KnowledgeGraphServer server, String name) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!server.generation().equals(name) && System.nanoTime() < deadline) Thread.sleep(50);
        assertEquals(name, server.generation(), "the server switched to the published generation by itself");
    }

    @Test
    void buildsArePublishedToARunningServerWithoutAFailedRequest(@TempDir Path tmp) throws Exception {
        Path one = Files.createDirectories(tmp.resolve("one"));
        Files.copy(Path.of("data/corpus/fz-2017-work-points.txt"), one.resolve("fz-2017-work-points.txt"));
        BuildSettings all = BuiltGraph.settings().withDatabase(tmp.resolve("db")).withOutputs(tmp.resolve("out"));
        BuildSettings small = all.withCorpus(one);
        assertTrue(new KnowledgeGraphBuilder(all).build().published());
        ServerSettings settings = new ServerSettings(0, "dfkg", true, all.iris(), tmp.resolve("unused"), BuiltGraph.projectRoot().resolve("queries"))
                .withLimits(Duration.ofSeconds(5), 10_000);
        try (KnowledgeGraphServer server = KnowledgeGraphServer.start(all.database(), settings)) {
            String first = server.generation();
            long documentsBefore = documents(server.dataset());
            String sparql = server.sparqlEndpoint() + "?query=" + URLEncoder.encode(
                    "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a <" + DFKG.POLICY_DOCUMENT.getURI() + "> }", StandardCharsets.UTF_8);
            List<String[]> routes = List.of(new String[] {sparql, "text/csv"}, new String[] {server.root() + "search?q=" + URLEncoder.encode("宽带", StandardCharsets.UTF_8), "text/html"},
                    new String[] {server.root() + ".well-known/void", "text/turtle"}, new String[] {server.root() + "dumps/SHA256SUMS", "text/plain"},
                    new String[] {server.root() + "page/technology/internet-of-things", "text/html"});
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger answered = new AtomicInteger();
            Queue<String> failures = new ConcurrentLinkedQueue<>();
            ExecutorService clients = Executors.newFixedThreadPool(4);
            for (int c = 0; c < 4; c++) {
                int offset = c;
                clients.submit(() -> {
                    for (int i = offset; running.get(); i++) {
                        String[] route = routes.get(i % routes.size());
                        try {
                            get(route[0], route[1]);
                            answered.incrementAndGet();
                        } catch (Throwable e) {
                            failures.add(e.toString());
                        }
                    }
                });
            }

            // A reader that began before the switch keeps its generation to the end of its transaction.
            DatasetGraph live = server.dataset();
            live.begin(org.apache.jena.query.TxnType.READ);
            long pinnedBefore = documents(live);
            assertTrue(new KnowledgeGraphBuilder(small).build().published());
            String second = TdbStore.currentFolder(all.database()).getFileName().toString();
            assertNotEquals(first, second);
            awaitGeneration(server, second);
            assertEquals(pinnedBefore, documents(live), "an in-flight reader still reads the generation it began on");
            live.end();
            long documentsAfter = documents(live);
            assertNotEquals(documentsBefore, documentsAfter, "a new reader reads the new generation");

            // Every route answers from the new generation: SPARQL, VoID and the dumps agree with its manifest and files.
            TdbStore.Manifest manifest = TdbStore.openCurrent(all.database()).manifest();
            assertEquals("n\n" + manifest.documents(), get(sparql, "text/csv").strip().replace("\r", ""));
            String voidTurtle = get(server.root() + ".well-known/void", "text/turtle");
            assertTrue(voidTurtle.matches("(?s).*void:triples\\s+" + manifest.quads() + "\\s*;.*"), "VoID counts the new generation's " + manifest.quads() + " quads: " + voidTurtle);
            assertEquals(Files.readString(TdbStore.currentDumps(all.database()).resolve("SHA256SUMS")), get(server.root() + "dumps/SHA256SUMS", "text/plain"));
            String search = get(server.root() + "search?q=" + URLEncoder.encode("宽带", StandardCharsets.UTF_8), "text/html");
            assertFalse(search.contains("fj-2011-2015-plan"), "search finds only the new generation's texts");

            // A third publish: the first generation is gone from disk, the second is kept for readers that may still use it.
            assertTrue(new KnowledgeGraphBuilder(all).build().published());
            String third = TdbStore.currentFolder(all.database()).getFileName().toString();
            awaitGeneration(server, third);
            Thread.sleep(1000);
            running.set(false);
            clients.shutdown();
            assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS));
            assertTrue(failures.isEmpty(), failures.size() + " failed requests of " + (answered.get() + failures.size()) + ": " + failures.stream().limit(3).toList());
            assertTrue(answered.get() > 50, "clients were answered throughout: " + answered.get());
            assertFalse(Files.exists(all.database().resolve(first)), "the generation before the previous one is removed");
            assertTrue(Files.exists(all.database().resolve(second)), "the previous generation is kept until the next publish");
            assertEquals(documentsBefore, documents(live));
        }
    }
}
