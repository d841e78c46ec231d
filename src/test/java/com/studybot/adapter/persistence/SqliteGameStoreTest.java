package com.studybot.adapter.persistence;

import com.studybot.core.persistence.GameStore;
import java.time.Clock;
import org.junit.jupiter.api.extension.RegisterExtension;

final class SqliteGameStoreTest extends GameStoreContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.sqlite();

    @Override
    GameStore store() {
        return new JdbcGameStore(db.database().dataSource(), Clock.systemUTC());
    }
}
