package com.studybot.core.telemetry;

import java.util.Optional;

/**
 * Marks an exception as the database failing (infrastructure, not input): {@code operation} says what was being
 * done, in a few words with few values ("saving a quiz"). The edges that catch failures count these.
 */
public interface DatabaseFailure {
    String operation();

    /** The database failure behind {@code e}: {@code e} itself or one of its causes. */
    static Optional<DatabaseFailure> in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DatabaseFailure f) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
