package com.studybot.adapter.persistence;

import com.studybot.core.persistence.ScoreStore;
import com.studybot.testing.InMemoryScoreStore;

final class InMemoryScoreStoreTest extends ScoreStoreContract {
    private final ScoreStore store = new InMemoryScoreStore();

    @Override
    ScoreStore store() {
        return store;
    }
}
