package com.studybot.adapter.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

final class SqliteGameStepTransactionTest extends GameStepTransactionContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.sqlite();

    @Override
    Database database() {
        return db.database();
    }
}
