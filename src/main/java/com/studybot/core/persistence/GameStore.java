package com.studybot.core.persistence;

import com.studybot.core.quiz.game.GameState;
import java.util.List;
import java.util.Optional;

/** Keeps each channel's group game, so a game survives a restart at the question it was on. */
public interface GameStore {
    /** The channel's game: running, or the last one finished there. */
    Optional<GameState> load(String channel);

    /** Stores the channel's game; committed when this returns (within the current transaction, if any). */
    void save(String channel, GameState state);

    /** The channels whose game is not finished, for the clock to move on. */
    List<String> running();
}
