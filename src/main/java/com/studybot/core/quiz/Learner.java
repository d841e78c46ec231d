package com.studybot.core.quiz;

import java.util.Objects;

/**
 * Who is quizzing, and where: a user's spaced-repetition memory and scores are theirs everywhere, but each
 * place (a Discord channel, the console) has its own quiz session, so two channels never share one.
 */
public record Learner(String user, String scope) {
    public Learner {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(scope, "scope");
        if (user.isBlank()) {
            throw new IllegalArgumentException("user must not be blank");
        }
    }

    /** A user with one session of their own (the console, tests). */
    public static Learner solo(String user) {
        return new Learner(user, "");
    }

    /** The key of this learner's quiz session in the state store. */
    public String sessionKey() {
        return scope.isEmpty() ? user : scope + "|" + user;
    }
}
