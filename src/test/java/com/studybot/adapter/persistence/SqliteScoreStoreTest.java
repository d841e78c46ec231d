package com.studybot.adapter.persistence;

import com.studybot.core.persistence.ScoreStore;
import org.junit.jupiter.api.extension.RegisterExtension;

final class SqliteScoreStoreTest extends ScoreStoreContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.sqlite();

    @Override
    ScoreStore store() {
        return new JdbcScoreStore(db.database().dataSource());
    }
}
