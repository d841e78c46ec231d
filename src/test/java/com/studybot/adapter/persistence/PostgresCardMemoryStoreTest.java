package com.studybot.adapter.persistence;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.studybot.core.persistence.CardMemoryStore;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Runs against the real PostgreSQL named by STUDYBOT_TEST_PG_URL, in a fresh schema dropped afterwards. */
final class PostgresCardMemoryStoreTest extends CardMemoryStoreContract {
    private static final String URL = System.getenv("STUDYBOT_TEST_PG_URL");

    private final String schema =
            "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private Database db;
    private CardMemoryStore store;

    @BeforeEach
    void open() {
        assumeTrue(URL != null && !URL.isBlank(), "STUDYBOT_TEST_PG_URL is not set");
        db = Database.postgres(URL, schema);
        store = new JdbcCardMemoryStore(db.dataSource());
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
    CardMemoryStore store() {
        return store;
    }
}
