package com.studybot.cli;

import com.studybot.core.common.OperatorError;

/** A mistake the user can fix (bad argument, missing folder): shown as one line, exit code 2. */
public final class UserError extends OperatorError {
    private static final long serialVersionUID = 1L;

    public UserError(String message) {
        super(message);
    }
}
