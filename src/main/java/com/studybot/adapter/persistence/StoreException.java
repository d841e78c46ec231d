package com.studybot.adapter.persistence;

import java.sql.SQLException;

/** The database failed (infrastructure, not user input); carries what was being done. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StoreException(String action, SQLException cause) {
        super("Database error while " + action + ": " + cause.getMessage(), cause);
    }
}
