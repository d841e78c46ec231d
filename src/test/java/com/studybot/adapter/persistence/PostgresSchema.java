package com.studybot.adapter.persistence;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * A migrated database in a fresh PostgreSQL schema of the server named by STUDYBOT_TEST_PG_URL, dropped on
 * close, so leftovers of earlier runs never matter. Skips the test when the variable is unset.
 */
final class PostgresSchema implements AutoCloseable {
    private final String url = System.getenv("STUDYBOT_TEST_PG_URL");
    private final String schema =
            "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final Database database;

    PostgresSchema() {
        assumeTrue(url != null && !url.isBlank(), "STUDYBOT_TEST_PG_URL is not set");
        database = Database.postgres(url, schema);
    }

    Database database() {
        return database;
    }

    @Override
    public void close() throws SQLException {
        database.close();
        try (var c = DriverManager.getConnection(url);
                var s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
