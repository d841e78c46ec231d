package com.studybot.adapter.llm;

import com.studybot.core.common.MetricsSource;
import com.studybot.core.retrieval.Embedder;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads its model on first use, so notes without CJK text never pay for the Chinese model; or, made by
 * {@link #loadingNow}, on a thread of its own from the start, so the load overlaps the rest of a start-up and a
 * caller that needs the model sooner waits for that load.
 */
public final class LazyEmbedder implements Embedder, Supplier<Embedder>, MetricsSource {
    private static final Logger LOG = LoggerFactory.getLogger(LazyEmbedder.class);

    private final String modelId;
    private final Supplier<Embedder> loader;
    private final boolean announce;
    private volatile Embedder loaded;

    public LazyEmbedder(String modelId, Supplier<Embedder> loader) {
        this(modelId, loader, true);
    }

    private LazyEmbedder(String modelId, Supplier<Embedder> loader, boolean announce) {
        this.modelId = modelId;
        this.loader = loader;
        this.announce = announce;
    }

    /**
     * Starts loading the model now, on a daemon thread. When that load fails, the first caller loads it again
     * and gets the failure.
     */
    public static LazyEmbedder loadingNow(String modelId, Supplier<Embedder> loader) {
        var lazy = new LazyEmbedder(modelId, loader, false);
        Thread load = new Thread(
                () -> {
                    try {
                        lazy.get();
                    } catch (RuntimeException e) {
                        LOG.debug("Loading {} ahead of use failed: {}", modelId, e.toString());
                    }
                },
                "studybot-model-load");
        load.setDaemon(true);
        load.start();
        return lazy;
    }

    @Override
    public Embedder get() {
        Embedder e = loaded;
        if (e == null) {
            synchronized (this) {
                if (loaded == null) {
                    if (announce) {
                        LOG.info("Loading embedding model {}", modelId);
                    }
                    loaded = loader.get();
                }
                e = loaded;
            }
        }
        return e;
    }

    @Override
    public String modelId() {
        return modelId;
    }

    @Override
    public float[] embedQuery(String text) {
        return get().embedQuery(text);
    }

    @Override
    public List<float[]> embedPassages(List<String> texts) {
        return get().embedPassages(texts);
    }

    @Override
    public Map<String, String> metrics() {
        Embedder e = loaded;
        if (e instanceof MetricsSource m) {
            return m.metrics();
        }
        String notYet = announce ? "not loaded (no Chinese text asked or indexed yet)" : "loading";
        return Map.of("Model " + modelId, e == null ? notYet : "loaded");
    }
}
