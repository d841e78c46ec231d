package com.studybot.adapter.persistence;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.studybot.core.persistence.QuizStateStore;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Runs against the real PostgreSQL named by STUDYBOT_TEST_PG_URL, in a fresh schema dropped afterwards. */
final class PostgresQuizStateStoreTest extends QuizStateStoreContract {
    private static final String URL = System.getenv("STUDYBOT_TEST_PG_URL");

    private final String schema =
            "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private Database db;

    @BeforeEach
    void open() {
        assumeTrue(URL != null && !URL.isBlank(), "STUDYBOT_TEST_PG_URL is not set");
        db = Database.postgres(URL, schema);
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (db == null) {
            return;
        }
        db.close();
        try (var c = DriverManager.getConnection(URL);
                var s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    @Override
    QuizStateStore store() {
        return new JdbcQuizStateStore(db.dataSource(), Clock.systemUTC());
    }
}
