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

    /**
     * The group the learner studies with: the scope up to its last ':' ("discord:&lt;server&gt;" for the scope
     * "discord:&lt;server&gt;:&lt;channel&gt;"), "" for a solo learner. Leaderboards and group reviews are per
     * community; memory and one's own scores are one's own everywhere.
     */
    public String community() {
        int last = scope.lastIndexOf(':');
        return last < 0 ? "" : scope.substring(0, last);
    }

    /** The key of this learner's quiz session in the state store. */
    public String sessionKey() {
        return scope.isEmpty() ? user : scope + "|" + user;
    }
}
