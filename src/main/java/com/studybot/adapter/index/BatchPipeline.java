package com.studybot.adapter.index;

import com.studybot.core.retrieval.Embedder;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Sends batches of passages to their models {@link #IN_FLIGHT} at a time, in order. A model runs a batch's
 * passages one by one on every core, so with one batch at a time a core idles while the other finishes the
 * batch's last (longest) passage, and between the English and the Chinese passages of a checkpoint; with the
 * next batch already queued it does not. The batches themselves, and so the vectors, are the same as one at a
 * time; results are handed over in the batches' order, on the caller's thread.
 */
final class BatchPipeline {
    static final int IN_FLIGHT = 2;

    /** Passages for one model call, and what to do with their vectors (called in order, on the caller's thread). */
    record Batch(Embedder model, List<String> texts, Consumer<List<float[]>> vectors) {
        Batch {
            texts = List.copyOf(texts);
        }
    }

    private BatchPipeline() {}

    /** Embeds every batch; the first failure (in batch order) is thrown, and batches not yet done are cancelled. */
    static void run(List<Batch> batches) {
        if (batches.size() < 2) {
            batches.forEach(b -> b.vectors().accept(b.model().embedPassages(b.texts())));
            return;
        }
        ExecutorService callers = Executors.newFixedThreadPool(IN_FLIGHT, r -> {
            var t = new Thread(r, "index-embed-batch");
            t.setDaemon(true);
            return t;
        });
        var inFlight = new ArrayDeque<Future<List<float[]>>>();
        try {
            int next = 0;
            for (Batch b : batches) {
                while (next < batches.size() && inFlight.size() < IN_FLIGHT) {
                    Batch queued = batches.get(next++);
                    inFlight.add(callers.submit(() -> queued.model().embedPassages(queued.texts())));
                }
                b.vectors().accept(await(inFlight.poll()));
            }
        } finally {
            inFlight.forEach(f -> f.cancel(true));
            callers.shutdownNow();
        }
    }

    private static List<float[]> await(Future<List<float[]>> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while embedding", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("Embedding failed", e.getCause());
        }
    }
}
