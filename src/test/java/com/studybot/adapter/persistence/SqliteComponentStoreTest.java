package com.studybot.adapter.persistence;

import com.studybot.core.persistence.ComponentStore;
import org.junit.jupiter.api.extension.RegisterExtension;

final class SqliteComponentStoreTest extends ComponentStoreContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.sqlite();

    @Override
    ComponentStore store() {
        return new JdbcComponentStore(db.database().dataSource());
    }
}
