package com.studybot.adapter.persistence;

import com.studybot.core.persistence.DailyAnswerStore;
import org.junit.jupiter.api.extension.RegisterExtension;

final class SqliteDailyAnswerStoreTest extends DailyAnswerStoreContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.sqlite();

    @Override
    DailyAnswerStore store() {
        return new JdbcDailyAnswerStore(db.database().dataSource());
    }
}
