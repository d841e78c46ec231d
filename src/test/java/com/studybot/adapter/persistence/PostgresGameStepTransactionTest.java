package com.studybot.adapter.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The game step transaction contract on the real PostgreSQL (STUDYBOT_TEST_PG_URL), in a fresh schema. */
final class PostgresGameStepTransactionTest extends GameStepTransactionContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    @Override
    Database database() {
        return db.database();
    }
}
