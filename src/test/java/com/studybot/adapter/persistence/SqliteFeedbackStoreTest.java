package com.studybot.adapter.persistence;

import com.studybot.core.persistence.FeedbackStore;
import org.junit.jupiter.api.extension.RegisterExtension;

final class SqliteFeedbackStoreTest extends FeedbackStoreContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.sqlite();

    @Override
    FeedbackStore store() {
        return new JdbcFeedbackStore(db.database().dataSource());
    }
}
