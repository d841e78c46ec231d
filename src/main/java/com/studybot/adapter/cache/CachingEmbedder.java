package com.studybot.adapter.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.studybot.core.common.MetricsSource;
import com.studybot.core.retrieval.Embedder;
import com.studybot.core.telemetry.CacheCounts;
import com.studybot.core.telemetry.CountedCache;
import java.util.List;
import java.util.Map;

/** Remembers query embeddings, so a repeated question skips the model (passages go straight through). */
public final class CachingEmbedder implements Embedder, MetricsSource, CountedCache {
    private final Embedder delegate;
    private final Cache<String, float[]> cache;

    public CachingEmbedder(Embedder delegate, long maxSize) {
        this.delegate = delegate;
        this.cache = Caffeine.newBuilder()
                .maximumSize(maxSize)
                .executor(Runnable::run) // upkeep on the asking thread, as in CachingAnswerer
                .recordStats()
                .build();
    }

    /** The model without this cache (for work whose queries should not fill it, such as a warm-up). */
    public Embedder uncached() {
        return delegate;
    }

    @Override
    public String modelId() {
        return delegate.modelId();
    }

    @Override
    public float[] embedQuery(String text) {
        return cache.get(text, delegate::embedQuery).clone();
    }

    @Override
    public List<float[]> embedPassages(List<String> texts) {
        return delegate.embedPassages(texts);
    }

    @Override
    public Map<String, String> metrics() {
        return CacheMetrics.of("Query embedding (" + delegate.modelId() + ")", cache);
    }

    @Override
    public List<CacheCounts> cacheCounts() {
        return List.of(CacheMetrics.counts("query_embeddings_" + CacheMetrics.snake(delegate.modelId()), cache));
    }
}
