package com.studybot.adapter.persistence;

import com.studybot.core.persistence.GapStore;
import org.junit.jupiter.api.extension.RegisterExtension;

final class PostgresGapStoreTest extends GapStoreContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    @Override
    GapStore store() {
        return new JdbcGapStore(db.database().dataSource());
    }
}
