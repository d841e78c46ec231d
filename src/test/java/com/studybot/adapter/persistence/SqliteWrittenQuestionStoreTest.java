package com.studybot.adapter.persistence;

import com.studybot.core.persistence.WrittenQuestionStore;
import org.junit.jupiter.api.extension.RegisterExtension;

final class SqliteWrittenQuestionStoreTest extends WrittenQuestionStoreContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.sqlite();

    @Override
    WrittenQuestionStore store() {
        return new JdbcWrittenQuestionStore(db.database().dataSource());
    }
}
