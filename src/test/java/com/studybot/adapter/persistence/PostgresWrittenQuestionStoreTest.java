package com.studybot.adapter.persistence;

import com.studybot.core.persistence.WrittenQuestionStore;
import org.junit.jupiter.api.extension.RegisterExtension;

final class PostgresWrittenQuestionStoreTest extends WrittenQuestionStoreContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    @Override
    WrittenQuestionStore store() {
        return new JdbcWrittenQuestionStore(db.database().dataSource());
    }
}
