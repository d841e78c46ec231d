package com.studybot.adapter.persistence;

import com.studybot.core.persistence.QuizStateStore;
import java.time.Clock;
import org.junit.jupiter.api.extension.RegisterExtension;

final class SqliteQuizStateStoreTest extends QuizStateStoreContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.sqlite();

    @Override
    QuizStateStore store() {
        return new JdbcQuizStateStore(db.database().dataSource(), Clock.systemUTC());
    }
}
