package com.studybot.core.persistence;

import com.studybot.core.quiz.state.QuizState;
import java.util.Optional;

/** Keeps each scope's (user, or user in a channel) quiz state, so a running quiz survives a restart. */
public interface QuizStateStore {
    Optional<QuizState> load(String scope);

    /**
     * Stores the state; the write is committed when this returns, before any reply is shown. A store shared by
     * processes throws {@link StateConflict} (saving nothing) when the state changed since this process read
     * it.
     */
    void save(String scope, QuizState state);
}
