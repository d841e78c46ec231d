package com.studybot.core.persistence;

/**
 * A quiz state was saved from a version someone else (another process on the same database) had changed
 * already: nothing was saved; read the state again and redo the step on it.
 */
public final class QuizStateConflict extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public QuizStateConflict(String scope) {
        super("the quiz of " + scope + " was changed elsewhere since it was read");
    }
}
