package com.studybot.adapter.persistence;

import com.studybot.core.persistence.GameStore;
import java.time.Clock;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The contract on the real PostgreSQL (STUDYBOT_TEST_PG_URL), in a fresh schema dropped afterwards. */
final class PostgresGameStoreTest extends GameStoreContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    @Override
    GameStore store() {
        return new JdbcGameStore(db.database().dataSource(), Clock.systemUTC());
    }
}
