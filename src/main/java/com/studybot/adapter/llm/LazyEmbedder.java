package com.studybot.adapter.llm;

import com.studybot.core.common.MetricsSource;
import com.studybot.core.retrieval.Embedder;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads its model on first use, so notes without CJK text never pay for the Chinese model. */
public final class LazyEmbedder implements Embedder, Supplier<Embedder>, MetricsSource {
    private static final Logger LOG = LoggerFactory.getLogger(LazyEmbedder.class);

    private final String modelId;
    private final Supplier<Embedder> loader;
    private volatile Embedder loaded;

    public LazyEmbedder(String modelId, Supplier<Embedder> loader) {
        this.modelId = modelId;
        this.loader = loader;
    }

    @Override
    public Embedder get() {
        Embedder e = loaded;
        if (e == null) {
            synchronized (this) {
                if (loaded == null) {
                    LOG.info("Loading embedding model {}", modelId);
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
        return Map.of("Model " + modelId, e == null ? "not loaded (no Chinese text asked or indexed yet)" : "loaded");
    }
}
