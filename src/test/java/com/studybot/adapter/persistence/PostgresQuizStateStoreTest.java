package com.studybot.adapter.persistence;

import com.studybot.core.persistence.QuizStateStore;
import java.time.Clock;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The contract on the real PostgreSQL (STUDYBOT_TEST_PG_URL), in a fresh schema dropped afterwards. */
final class PostgresQuizStateStoreTest extends QuizStateStoreContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    @Override
    QuizStateStore store() {
        return new JdbcQuizStateStore(db.database().dataSource(), Clock.systemUTC());
    }
}
