package com.studybot.adapter.persistence;

import com.studybot.core.persistence.CardMemoryStore;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The contract on the real PostgreSQL (STUDYBOT_TEST_PG_URL), in a fresh schema dropped afterwards. */
final class PostgresCardMemoryStoreTest extends CardMemoryStoreContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    @Override
    CardMemoryStore store() {
        return new JdbcCardMemoryStore(db.database().dataSource());
    }
}
