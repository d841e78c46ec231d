package com.studybot.adapter.cache;

import com.studybot.core.common.MetricsSource;
import com.studybot.core.persistence.QuizStateStore;
import com.studybot.core.persistence.Transactions;
import com.studybot.core.quiz.state.QuizState;
import com.studybot.core.telemetry.CacheCounts;
import com.studybot.core.telemetry.CountedCache;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A write-through cache in front of the quiz state store ({@link WriteThrough}): a save is committed to the store
 * first and only then cached, so the cache never holds a state the database lacks; reads of active sessions skip
 * the database.
 */
public final class CachingQuizStateStore implements QuizStateStore, MetricsSource, CountedCache {
    private final QuizStateStore delegate;
    private final WriteThrough<QuizState> sessions;

    public CachingQuizStateStore(QuizStateStore delegate, Transactions transactions, long maxSessions) {
        this.delegate = delegate;
        this.sessions = new WriteThrough<>(transactions, maxSessions);
    }

    @Override
    public Optional<QuizState> load(String scope) {
        return sessions.load(scope, delegate::load, delegate);
    }

    @Override
    public void save(String scope, QuizState state) {
        sessions.save(scope, state, () -> delegate.save(scope, state));
    }

    @Override
    public Map<String, String> metrics() {
        return CacheMetrics.of("Quiz session", sessions.cache());
    }

    @Override
    public List<CacheCounts> cacheCounts() {
        return List.of(CacheMetrics.counts("quiz_sessions", sessions.cache()));
    }
}
