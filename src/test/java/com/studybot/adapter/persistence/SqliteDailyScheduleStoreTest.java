package com.studybot.adapter.persistence;

import com.studybot.core.persistence.DailyScheduleStore;
import org.junit.jupiter.api.extension.RegisterExtension;

final class SqliteDailyScheduleStoreTest extends DailyScheduleStoreContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.sqlite();

    @Override
    DailyScheduleStore store() {
        return new JdbcDailyScheduleStore(db.database().dataSource());
    }
}
