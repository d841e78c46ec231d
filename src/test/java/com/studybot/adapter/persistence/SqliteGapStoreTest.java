package com.studybot.adapter.persistence;

import com.studybot.core.persistence.GapStore;
import org.junit.jupiter.api.extension.RegisterExtension;

final class SqliteGapStoreTest extends GapStoreContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.sqlite();

    @Override
    GapStore store() {
        return new JdbcGapStore(db.database().dataSource());
    }
}
