package com.studybot.adapter.persistence;

import com.studybot.core.persistence.QuizStateStore;
import java.sql.SQLException;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The contract on the real PostgreSQL (STUDYBOT_TEST_PG_URL), in a fresh schema dropped afterwards. */
final class PostgresQuizStateStoreTest extends QuizStateStoreContract {
    private PostgresSchema pg;

    @BeforeEach
    void open() {
        pg = new PostgresSchema();
    }

    @AfterEach
    void close() throws SQLException {
        if (pg != null) {
            pg.close();
        }
    }

    @Override
    QuizStateStore store() {
        return new JdbcQuizStateStore(pg.database().dataSource(), Clock.systemUTC());
    }
}
