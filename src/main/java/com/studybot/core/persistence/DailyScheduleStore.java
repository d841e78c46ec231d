package com.studybot.core.persistence;

import com.studybot.core.schedule.DailySchedule;
import java.util.List;
import java.util.Optional;

/** The daily-quiz settings of each server (one schedule per server). */
public interface DailyScheduleStore {
    /** Stores or replaces the server's schedule; committed when this returns. */
    void save(DailySchedule schedule);

    /** Removes the server's schedule (daily posts off). */
    void remove(String guildId);

    Optional<DailySchedule> find(String guildId);

    List<DailySchedule> all();
}
