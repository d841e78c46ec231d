package com.studybot.adapter.cache;

import com.studybot.core.common.MetricsSource;
import com.studybot.core.persistence.GameStore;
import com.studybot.core.persistence.Transactions;
import com.studybot.core.quiz.game.GameState;
import com.studybot.core.telemetry.CacheCounts;
import com.studybot.core.telemetry.CountedCache;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A write-through cache in front of the game store, as for quiz sessions ({@link WriteThrough}): answers to a
 * running game (fifty at once, say) skip reading and parsing it from the database.
 */
public final class CachingGameStore implements GameStore, MetricsSource, CountedCache {
    private final GameStore delegate;
    private final WriteThrough<GameState> games;

    public CachingGameStore(GameStore delegate, Transactions transactions, long maxGames) {
        this.delegate = delegate;
        this.games = new WriteThrough<>(transactions, maxGames);
    }

    @Override
    public Optional<GameState> load(String channel) {
        return games.load(channel, delegate::load, delegate);
    }

    @Override
    public void save(String channel, GameState state) {
        games.save(channel, state, () -> delegate.save(channel, state));
    }

    @Override
    public List<String> running() {
        return delegate.running();
    }

    @Override
    public Map<String, String> metrics() {
        return CacheMetrics.of("Group game", games.cache());
    }

    @Override
    public List<CacheCounts> cacheCounts() {
        return List.of(CacheMetrics.counts("group_games", games.cache()));
    }
}
