package com.studybot.adapter.persistence;

import com.studybot.core.persistence.DailyScheduleStore;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The contract on the real PostgreSQL (STUDYBOT_TEST_PG_URL), in a fresh schema dropped afterwards. */
final class PostgresDailyScheduleStoreTest extends DailyScheduleStoreContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    @Override
    DailyScheduleStore store() {
        return new JdbcDailyScheduleStore(db.database().dataSource());
    }
}
