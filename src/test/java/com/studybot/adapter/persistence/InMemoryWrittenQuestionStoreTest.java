package com.studybot.adapter.persistence;

import com.studybot.core.persistence.WrittenQuestionStore;
import com.studybot.testing.InMemoryWrittenQuestionStore;

final class InMemoryWrittenQuestionStoreTest extends WrittenQuestionStoreContract {
    @Override
    WrittenQuestionStore store() {
        return new InMemoryWrittenQuestionStore();
    }
}
