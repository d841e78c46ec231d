package com.studybot.core.quiz.game;

import java.time.Instant;
import java.util.Objects;

/** One member's answer to question {@code question} (0-based) of a game, as marked, with the points it scored. */
public record GameAnswer(String member, int question, String given, boolean correct, int points, Instant at) {
    public GameAnswer {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(given, "given");
        Objects.requireNonNull(at, "at");
        if (points < 0 || (!correct && points != 0)) {
            throw new IllegalArgumentException("only a right answer scores, and never below 0: " + points);
        }
    }
}
