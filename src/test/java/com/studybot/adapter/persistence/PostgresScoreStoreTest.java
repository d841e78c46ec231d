package com.studybot.adapter.persistence;

import com.studybot.core.persistence.ScoreStore;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The contract on the real PostgreSQL (STUDYBOT_TEST_PG_URL), in a fresh schema dropped afterwards. */
final class PostgresScoreStoreTest extends ScoreStoreContract {
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
    ScoreStore store() {
        return new JdbcScoreStore(pg.database().dataSource());
    }
}
