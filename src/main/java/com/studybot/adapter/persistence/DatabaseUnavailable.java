package com.studybot.adapter.persistence;

/** The configured database cannot be used (unreachable, refused the login): one line saying what and where. */
public final class DatabaseUnavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DatabaseUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
