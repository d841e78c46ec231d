package com.studybot.testing;

import com.studybot.core.persistence.GameStore;
import com.studybot.core.quiz.game.GameState;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The in-memory fake of the group game port, held to the same contract as the JDBC store. */
public final class InMemoryGameStore implements GameStore {
    private final Map<String, GameState> games = new ConcurrentHashMap<>();

    @Override
    public Optional<GameState> load(String channel) {
        return Optional.ofNullable(games.get(channel));
    }

    @Override
    public void save(String channel, GameState state) {
        games.put(channel, state); // a finished game is kept: it is the channel's last game
    }

    @Override
    public List<String> running() {
        return games.entrySet().stream()
                .filter(e -> !(e.getValue() instanceof GameState.Finished))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }
}
