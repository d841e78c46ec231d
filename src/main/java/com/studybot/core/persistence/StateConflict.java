package com.studybot.core.persistence;

/**
 * A quiz or game state was saved from a version someone else (another process on the same database) had changed
 * already: nothing was saved; read the state again and redo the step on it.
 */
public final class StateConflict extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** {@code what}: whose state, e.g. "the quiz of alice" or "the game in channel 42". */
    public StateConflict(String what) {
        super(what + " was changed elsewhere since it was read");
    }
}
