package com.studybot.adapter.persistence;

import com.studybot.core.persistence.ComponentStore;
import com.studybot.testing.InMemoryComponentStore;

final class InMemoryComponentStoreTest extends ComponentStoreContract {
    @Override
    ComponentStore store() {
        return new InMemoryComponentStore();
    }
}
