package com.studybot.testing;

import com.studybot.core.persistence.DailyScheduleStore;
import com.studybot.core.schedule.DailySchedule;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** The in-memory fake of the daily schedule port, held to the same contract as the JDBC store. */
public final class InMemoryDailyScheduleStore implements DailyScheduleStore {
    private final Map<String, DailySchedule> byGuild = new ConcurrentSkipListMap<>();

    @Override
    public void save(DailySchedule schedule) {
        if (schedule.revealAfter().getNano() != 0) {
            throw new IllegalArgumentException("revealAfter must be whole seconds, was " + schedule.revealAfter());
        }
        byGuild.put(schedule.guildId(), schedule);
    }

    @Override
    public void remove(String guildId) {
        byGuild.remove(guildId);
    }

    @Override
    public Optional<DailySchedule> find(String guildId) {
        return Optional.ofNullable(byGuild.get(guildId));
    }

    @Override
    public List<DailySchedule> all() {
        return List.copyOf(byGuild.values());
    }
}
