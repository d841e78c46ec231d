package com.studybot.adapter.persistence;

import com.studybot.core.persistence.DailyAnswerStore;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The contract on the real PostgreSQL (STUDYBOT_TEST_PG_URL), in a fresh schema dropped afterwards. */
final class PostgresDailyAnswerStoreTest extends DailyAnswerStoreContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    @Override
    DailyAnswerStore store() {
        return new JdbcDailyAnswerStore(db.database().dataSource());
    }
}
