package com.studybot.adapter.llm;

import com.studybot.core.retrieval.Embedder;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A model that starts loading on a thread of its own as soon as it is made, so the rest of the start-up (the
 * configuration, opening the index, checking the notes) runs meanwhile; the first embedding waits for the load.
 * A load that failed fails that first use, with the load's own exception.
 */
public final class LoadingEmbedder implements Embedder {
    private final String modelId;
    private final CompletableFuture<Embedder> loading;

    private LoadingEmbedder(String modelId, CompletableFuture<Embedder> loading) {
        this.modelId = Objects.requireNonNull(modelId, "modelId");
        this.loading = loading;
    }

    /** Starts loading {@code loader}'s model, named {@code modelId}, on a daemon thread. */
    public static LoadingEmbedder start(String modelId, Supplier<? extends Embedder> loader) {
        var loading = new CompletableFuture<Embedder>();
        Thread t = new Thread(
                () -> {
                    try {
                        loading.complete(loader.get());
                    } catch (RuntimeException | Error e) {
                        loading.completeExceptionally(e);
                    }
                },
                "studybot-model-load");
        t.setDaemon(true);
        t.start();
        return new LoadingEmbedder(modelId, loading);
    }

    /** The loaded model, waiting for the load; a failed load throws its own exception. */
    Embedder loaded() {
        try {
            return loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    @Override
    public String modelId() {
        return modelId;
    }

    @Override
    public float[] embedQuery(String text) {
        return loaded().embedQuery(text);
    }

    @Override
    public List<float[]> embedPassages(List<String> texts) {
        return loaded().embedPassages(texts);
    }
}
