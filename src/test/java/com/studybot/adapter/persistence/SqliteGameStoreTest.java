package com.studybot.adapter.persistence;

import com.studybot.core.persistence.GameStore;
import java.time.Clock;
import org.junit.jupiter.api.extension.RegisterExtension;

final class SqliteGameStoreTest extends GameStoreContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.sqlite();

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
