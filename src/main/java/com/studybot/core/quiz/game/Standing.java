package com.studybot.core.quiz.game;

import java.util.Objects;

/**
 * A member's place in a game: points, right answers of those answered, and the topic they did best on (most
 * right answers; "" when none was right).
 */
public record Standing(String member, int points, int correct, int answered, String bestTopic) {
    public Standing {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(bestTopic, "bestTopic");
    }
}
