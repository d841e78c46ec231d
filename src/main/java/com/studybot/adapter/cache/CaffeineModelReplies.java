package com.studybot.adapter.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.studybot.core.answer.ModelReplies;
import com.studybot.core.common.MetricsSource;
import com.studybot.core.telemetry.CacheCounts;
import com.studybot.core.telemetry.CountedCache;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A language model's replies kept by question, passages and model, bounded and expiring like answers. */
public final class CaffeineModelReplies implements ModelReplies, MetricsSource, CountedCache {
    private final Cache<Key, String> replies;

    public CaffeineModelReplies(long maxSize, Duration ttl, Ticker ticker) {
        this.replies = Caffeine.newBuilder()
                .maximumSize(maxSize)
                .expireAfterWrite(ttl)
                .ticker(ticker)
                .recordStats()
                .build();
    }

    @Override
    public Optional<String> get(Key key) {
        return Optional.ofNullable(replies.getIfPresent(key));
    }

    @Override
    public void put(Key key, String reply) {
        replies.put(key, reply);
    }

    @Override
    public Map<String, String> metrics() {
        return CacheMetrics.of("Model reply", replies);
    }

    @Override
    public List<CacheCounts> cacheCounts() {
        return List.of(CacheMetrics.counts("model_replies", replies));
    }
}
