package com.studybot.adapter.persistence;

import com.studybot.core.persistence.ScoreStore;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The contract on the real PostgreSQL (STUDYBOT_TEST_PG_URL), in a fresh schema dropped afterwards. */
final class PostgresScoreStoreTest extends ScoreStoreContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    @Override
    ScoreStore store() {
        return new JdbcScoreStore(db.database().dataSource());
    }
}
