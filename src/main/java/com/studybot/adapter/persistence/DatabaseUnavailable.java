package com.studybot.adapter.persistence;

import com.studybot.core.common.OperatorError;

/** The configured database cannot be used (unreachable, refused the login): one line saying what and where. */
public final class DatabaseUnavailable extends OperatorError {
    private static final long serialVersionUID = 1L;

    public DatabaseUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
