package com.studybot.adapter.persistence;

import com.studybot.core.persistence.QuizStateStore;
import com.studybot.testing.InMemoryQuizStateStore;

final class InMemoryQuizStateStoreTest extends QuizStateStoreContract {
    private final QuizStateStore store = new InMemoryQuizStateStore();

    @Override
    QuizStateStore store() {
        return store;
    }
}
