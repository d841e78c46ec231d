package com.studybot.adapter.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.studybot.core.common.MetricsSource;
import com.studybot.core.persistence.GameStore;
import com.studybot.core.persistence.Transactions;
import com.studybot.core.quiz.game.GameState;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A write-through cache in front of the game store, as for quiz sessions: a save is committed to the store first
 * and cached only once the surrounding transaction commits, so the cache never holds a game the database lacks;
 * answers to a running game (fifty at once, say) skip reading and parsing it from the database.
 */
public final class CachingGameStore implements GameStore, MetricsSource {
    private final GameStore delegate;
    private final Transactions transactions;
    private final Cache<String, GameState> cache;

    public CachingGameStore(GameStore delegate, Transactions transactions, long maxGames) {
        this.delegate = delegate;
        this.transactions = transactions;
        this.cache = Caffeine.newBuilder().maximumSize(maxGames).recordStats().build();
    }

    @Override
    public Optional<GameState> load(String channel) {
        GameState cached = cache.getIfPresent(channel);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<GameState> stored = delegate.load(channel);
        stored.ifPresent(s -> cache.put(channel, s));
        return stored;
    }

    @Override
    public void save(String channel, GameState state) {
        cache.invalidate(channel); // until the commit, readers go to the store
        delegate.save(channel, state);
        transactions.afterCommit(() -> cache.put(channel, state));
    }

    @Override
    public List<String> running() {
        return delegate.running();
    }

    @Override
    public Map<String, String> metrics() {
        return CacheMetrics.of("Group game", cache);
    }
}
