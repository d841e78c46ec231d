package com.studybot.core.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * The instant a local wall-clock time happens on a date in a zone. On a day the time does not exist (the
 * clocks jump over it) it is the moment the jump ends, the next valid instant; on a day it happens twice
 * (the clocks go back) it is the first time.
 */
public final class DailyTime {
    private DailyTime() {}

    public static Instant at(LocalDate date, LocalTime time, ZoneId zone) {
        LocalDateTime local = date.atTime(time);
        ZoneRules rules = zone.getRules();
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        if (offsets.isEmpty()) {
            return rules.getTransition(local).getInstant();
        }
        return local.atOffset(offsets.get(0)).toInstant(); // in an overlap the offset before the change comes first
    }
}
