package com.studybot.adapter.persistence;

import com.studybot.core.persistence.CardMemoryStore;
import com.studybot.testing.InMemoryCardMemoryStore;

final class InMemoryCardMemoryStoreTest extends CardMemoryStoreContract {
    private final CardMemoryStore store = new InMemoryCardMemoryStore();

    @Override
    CardMemoryStore store() {
        return store;
    }
}
