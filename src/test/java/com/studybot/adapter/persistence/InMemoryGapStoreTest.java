package com.studybot.adapter.persistence;

import com.studybot.core.persistence.GapStore;
import com.studybot.testing.InMemoryGapStore;

final class InMemoryGapStoreTest extends GapStoreContract {
    @Override
    GapStore store() {
        return new InMemoryGapStore();
    }
}
