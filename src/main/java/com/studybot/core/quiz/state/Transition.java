package com.studybot.core.quiz.state;

import java.util.List;
import java.util.Objects;

/** The state after an event and the effects to render. */
public record Transition(QuizState state, List<Effect> effects) {
    public Transition {
        Objects.requireNonNull(state, "state");
        effects = List.copyOf(effects);
    }

    static Transition rejected(QuizState unchanged, String message) {
        return new Transition(unchanged, List.of(new Effect.Rejected(message)));
    }
}
