package com.studybot.adapter.persistence;

import com.studybot.core.persistence.GameStore;
import java.time.Clock;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The contract on the real PostgreSQL (STUDYBOT_TEST_PG_URL), in a fresh schema dropped afterwards. */
final class PostgresGameStoreTest extends GameStoreContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    private GameStore store;

    /** One store, as one process has: it saves over the versions it read or wrote itself. */
    @Override
    GameStore store() {
        if (store == null) {
            store = new JdbcGameStore(db.database().dataSource(), Clock.systemUTC());
        }
        return store;
    }
}
