package com.studybot.adapter.persistence;

import com.studybot.core.persistence.GameStore;
import com.studybot.testing.InMemoryGameStore;

final class InMemoryGameStoreTest extends GameStoreContract {
    private final GameStore store = new InMemoryGameStore();

    @Override
    GameStore store() {
        return store;
    }
}
