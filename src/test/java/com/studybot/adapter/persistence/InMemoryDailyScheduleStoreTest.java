package com.studybot.adapter.persistence;

import com.studybot.core.persistence.DailyScheduleStore;
import com.studybot.testing.InMemoryDailyScheduleStore;

final class InMemoryDailyScheduleStoreTest extends DailyScheduleStoreContract {
    private final DailyScheduleStore store = new InMemoryDailyScheduleStore();

    @Override
    DailyScheduleStore store() {
        return store;
    }
}
