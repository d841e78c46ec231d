package com.studybot.adapter.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The transaction contract on the real PostgreSQL (STUDYBOT_TEST_PG_URL), in a fresh schema. */
final class PostgresQuizStepTransactionTest extends QuizStepTransactionContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    @Override
    Database database() {
        return db.database();
    }
}
