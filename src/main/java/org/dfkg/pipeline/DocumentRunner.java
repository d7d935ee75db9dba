package org.dfkg.pipeline;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the per-document work of a build on several threads, each with its own {@link DocumentStage}
 * (HanLP's segmenters are not thread-safe, and making one per document is slow), and hands the
 * results back in input order, so that a build on any number of threads gives the same graph. At
 * most a few documents per thread are in flight, which bounds memory however large the corpus.
 */
final class DocumentRunner implements AutoCloseable {
    /** Documents in flight per thread: enough to keep every core busy, few enough to bound memory. */
    private static final int WINDOW_PER_THREAD = 4;

    /** One document's work, given the calling thread's stage. */
    @FunctionalInterface
    interface Work<T, R> {
        R apply(T input, DocumentStage stage) throws IOException;
    }

    /** What is done with each result, in input order. */
    @FunctionalInterface
    interface Consumer<R> {
        void accept(R result) throws IOException;
    }

    private final int threads;
    private final ExecutorService pool;
    private final ThreadLocal<DocumentStage> stages;

    DocumentRunner(Stages stages, int threads) {
        this.threads = Math.max(1, threads);
        this.pool = Executors.newFixedThreadPool(this.threads);
        this.stages = ThreadLocal.withInitial(stages::documentStage);
    }

    <T, R> void run(List<T> inputs, Work<T, R> work, Consumer<R> consumer) throws IOException {
        Deque<Future<R>> window = new ArrayDeque<>();
        int next = 0;
        while (next < inputs.size() || !window.isEmpty()) {
            while (next < inputs.size() && window.size() < threads * WINDOW_PER_THREAD) {
                T input = inputs.get(next++);
                window.add(pool.submit(() -> work.apply(input, stages.get())));
            }
            consumer.accept(get(window.removeFirst()));
        }
    }

    private static <R> R get(Future<R> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while building the documents", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException("a document failed to build: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
