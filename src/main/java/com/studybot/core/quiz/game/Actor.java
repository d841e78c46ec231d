package com.studybot.core.quiz.game;

import java.util.Objects;

/** Who asks to skip, pause, resume or stop a game; {@code manager} when they may manage the server. */
public record Actor(String member, boolean manager) {
    public Actor {
        Objects.requireNonNull(member, "member");
    }
}
