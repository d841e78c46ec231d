package com.studybot.adapter.persistence;

import com.studybot.core.persistence.ComponentStore;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The contract on the real PostgreSQL (STUDYBOT_TEST_PG_URL), in a fresh schema dropped afterwards. */
final class PostgresComponentStoreTest extends ComponentStoreContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    @Override
    ComponentStore store() {
        return new JdbcComponentStore(db.database().dataSource());
    }
}
