package com.studybot.core.telemetry;

/**
 * Marks an exception as the database failing (infrastructure, not input): {@code operation} says what was being
 * done, in a few words with few values ("saving a quiz"). The edges that catch failures count these.
 */
public interface DatabaseFailure {
    String operation();
}
