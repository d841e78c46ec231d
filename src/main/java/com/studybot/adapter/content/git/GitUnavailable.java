package com.studybot.adapter.content.git;

import com.studybot.core.common.OperatorError;

/**
 * The followed Git repository could not be cloned and there is no earlier checkout to fall back on: one line,
 * e.g. {@code Cannot clone https://***@host/notes.git (branch main): not authorized}, credentials masked.
 */
public final class GitUnavailable extends OperatorError {
    private static final long serialVersionUID = 1L;

    public GitUnavailable(String message) {
        super(message);
    }
}
