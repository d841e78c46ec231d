package com.studybot.core.persistence;

/**
 * Runs several store writes as one: all are committed together or none is, so a crash between recording an
 * answer and saving the quiz state cannot count the answer twice or lose it.
 */
public interface Transactions {
    /** Runs {@code work} in one transaction (joining the current one, if any); committed when this returns. */
    void inOne(Runnable work);

    /** Runs {@code action} once the current transaction has committed (at once when there is none). */
    void afterCommit(Runnable action);

    /** For stores without transactions (in memory): work runs as it is. */
    static Transactions none() {
        return new Transactions() {
            @Override
            public void inOne(Runnable work) {
                work.run();
            }

            @Override
            public void afterCommit(Runnable action) {
                action.run();
            }
        };
    }
}
