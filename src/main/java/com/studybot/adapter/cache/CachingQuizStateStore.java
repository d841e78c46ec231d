package com.studybot.adapter.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.studybot.core.common.MetricsSource;
import com.studybot.core.persistence.QuizStateStore;
import com.studybot.core.persistence.Transactions;
import com.studybot.core.quiz.state.QuizState;
import java.util.Map;
import java.util.Optional;

/**
 * A write-through cache in front of the quiz state store: a save is committed to the store first and only
 * then cached (after the surrounding transaction commits), so the cache never holds a state the database
 * lacks; reads of active sessions skip the
 * database. Sessions without a stored state are not cached (a later save fills them in).
 */
public final class CachingQuizStateStore implements QuizStateStore, MetricsSource {
    private final QuizStateStore delegate;
    private final Transactions transactions;
    private final Cache<String, QuizState> cache;

    public CachingQuizStateStore(QuizStateStore delegate, Transactions transactions, long maxSessions) {
        this.delegate = delegate;
        this.transactions = transactions;
        this.cache =
                Caffeine.newBuilder().maximumSize(maxSessions).recordStats().build();
    }

    @Override
    public Optional<QuizState> load(String scope) {
        QuizState cached = cache.getIfPresent(scope);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<QuizState> stored = delegate.load(scope);
        stored.ifPresent(s -> cache.put(scope, s));
        return stored;
    }

    @Override
    public void save(String scope, QuizState state) {
        cache.invalidate(scope); // until the commit, readers go to the store
        delegate.save(scope, state);
        transactions.afterCommit(() -> cache.put(scope, state));
    }

    @Override
    public Map<String, String> metrics() {
        return CacheMetrics.of("Quiz session", cache);
    }
}
