package com.studybot.adapter.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.studybot.core.common.MetricsSource;
import com.studybot.core.quiz.QuestionPool;
import com.studybot.core.quiz.QuizItem;
import com.studybot.core.quiz.generate.QuestionGenerator;
import com.studybot.core.telemetry.CacheCounts;
import com.studybot.core.telemetry.CountedCache;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Keeps the generated question pool, and the items per topic, until the notes are re-indexed: the keys carry
 * the index version, so a re-index (which changes it) makes every pool be built anew from the notes.
 */
public final class CachingQuestionPool implements QuestionPool, MetricsSource, CountedCache {
    private final QuestionPool delegate;
    private final LongSupplier version;
    private final Cache<Long, QuestionGenerator.Result> pools;
    private final Cache<TopicKey, List<QuizItem>> topics;

    record TopicKey(long version, String topic) {}

    public CachingQuestionPool(QuestionPool delegate, LongSupplier version, long maxTopics) {
        this.delegate = delegate;
        this.version = version;
        this.pools = Caffeine.newBuilder().maximumSize(2).recordStats().build();
        this.topics = Caffeine.newBuilder().maximumSize(maxTopics).recordStats().build();
    }

    @Override
    public QuestionGenerator.Result all() {
        return pools.get(version.getAsLong(), v -> delegate.all());
    }

    @Override
    public List<QuizItem> onTopic(String topic) {
        String normalised =
                String.join(" ", topic.toLowerCase(Locale.ROOT).strip().split("\\s+"));
        return topics.get(new TopicKey(version.getAsLong(), normalised), k -> QuestionPool.super.onTopic(k.topic()));
    }

    @Override
    public Map<String, String> metrics() {
        var m = new LinkedHashMap<String, String>();
        m.putAll(CacheMetrics.of("Question pool", pools));
        m.putAll(CacheMetrics.of("Quiz topic", topics));
        return m;
    }

    @Override
    public List<CacheCounts> cacheCounts() {
        return List.of(CacheMetrics.counts("question_pools", pools), CacheMetrics.counts("quiz_topics", topics));
    }
}
