package com.studybot.adapter.persistence;

import com.studybot.core.telemetry.DatabaseFailure;
import java.sql.SQLException;

/** The database failed (infrastructure, not user input); carries what was being done. */
public final class StoreException extends RuntimeException implements DatabaseFailure {
    private static final long serialVersionUID = 1L;

    private final String action;

    StoreException(String action, SQLException cause) {
        super("Database error while " + action + ": " + cause.getMessage(), cause);
        this.action = action;
    }

    /** What was being done, e.g. "saving a quiz". */
    @Override
    public String operation() {
        return action;
    }
}
