package com.studybot.core.common;

/**
 * A failure the operator fixes outside studybot (a setting, a service that cannot be reached, a token): the
 * command line reports it as its one-line message with exit code 2 and no stack trace, so the message must say
 * what and where, and must never hold a secret.
 */
public abstract class OperatorError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected OperatorError(String message) {
        super(message);
    }

    protected OperatorError(String message, Throwable cause) {
        super(message, cause);
    }
}
