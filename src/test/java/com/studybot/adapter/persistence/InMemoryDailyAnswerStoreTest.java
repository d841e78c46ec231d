package com.studybot.adapter.persistence;

import com.studybot.core.persistence.DailyAnswerStore;
import com.studybot.testing.InMemoryDailyAnswerStore;

final class InMemoryDailyAnswerStoreTest extends DailyAnswerStoreContract {
    private final DailyAnswerStore store = new InMemoryDailyAnswerStore();

    @Override
    DailyAnswerStore store() {
        return store;
    }
}
