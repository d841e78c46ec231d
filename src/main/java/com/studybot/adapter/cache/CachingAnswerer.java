package com.studybot.adapter.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.studybot.core.answer.Answer;
import com.studybot.core.answer.Answerer;
import com.studybot.core.answer.Questions;
import com.studybot.core.common.MetricsSource;
import com.studybot.core.telemetry.CacheCounts;
import com.studybot.core.telemetry.CountedCache;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Remembers answers by normalised question, top-k and index version: re-indexing changes the version,
 * so old answers are never served for changed notes. Failures, and extractive answers standing in for a
 * language model that failed, are not cached.
 */
public final class CachingAnswerer implements Answerer, MetricsSource, CountedCache {
    private final Answerer delegate;
    private final LongSupplier indexVersion;
    private final Cache<Key, Answer> cache;

    record Key(String question, int topK, long version) {}

    public CachingAnswerer(Answerer delegate, LongSupplier indexVersion, long maxSize, Duration ttl, Ticker ticker) {
        this.delegate = delegate;
        this.indexVersion = indexVersion;
        this.cache = Caffeine.newBuilder()
                .maximumSize(maxSize)
                .executor(Runnable::run) // upkeep on the asking thread: waking a pool thread cost each answer 0.1 ms
                .expireAfterWrite(ttl)
                .ticker(ticker)
                .recordStats()
                .build();
    }

    @Override
    public Answer answer(String question, int topK) {
        return answer(question, topK, draft -> {});
    }

    @Override
    public Answer answer(String question, int topK, Consumer<String> drafts) {
        var key = new Key(Questions.normalise(question), topK, indexVersion.getAsLong());
        Answer cached = cache.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        Answer fresh = delegate.answer(question, topK, drafts);
        boolean standIn = fresh instanceof Answer.Answered a && !a.notice().isEmpty(); // a model's fallback
        if (!(fresh instanceof Answer.Failed) && !standIn) {
            cache.put(key, fresh);
        }
        return fresh;
    }

    @Override
    public Map<String, String> metrics() {
        return CacheMetrics.of("Answer", cache);
    }

    @Override
    public List<CacheCounts> cacheCounts() {
        return List.of(CacheMetrics.counts("answers", cache));
    }
}
