package com.studybot.adapter.persistence;

import com.studybot.core.persistence.FeedbackStore;
import com.studybot.testing.InMemoryFeedbackStore;

final class InMemoryFeedbackStoreTest extends FeedbackStoreContract {
    @Override
    FeedbackStore store() {
        return new InMemoryFeedbackStore();
    }
}
