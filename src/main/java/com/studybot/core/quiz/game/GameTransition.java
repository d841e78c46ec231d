package com.studybot.core.quiz.game;

import java.util.List;
import java.util.Objects;

/** A game's state after an event, and the effects to show. */
public record GameTransition(GameState state, List<GameEffect> effects) {
    public GameTransition {
        Objects.requireNonNull(state, "state");
        effects = List.copyOf(effects);
    }

    static GameTransition rejected(GameState unchanged, String message) {
        return new GameTransition(unchanged, List.of(new GameEffect.Rejected(message)));
    }
}
