package com.studybot.core.schedule;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A server's daily quiz: posted in {@code channelId} at the local wall-clock {@code time} in {@code zone},
 * {@code count} questions on {@code topic} ("" for any), revealed {@code revealAfter} later; with {@code
 * weekly}, each Monday also brings a summary of the week (top learners, weakest topics).
 */
public record DailySchedule(
        String guildId,
        String channelId,
        LocalTime time,
        ZoneId zone,
        int count,
        String topic,
        Duration revealAfter,
        boolean weekly) {
    public DailySchedule {
        Objects.requireNonNull(guildId, "guildId");
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(revealAfter, "revealAfter");
        if (count < 1 || count > 5) {
            throw new IllegalArgumentException("count must be 1..5, was " + count);
        }
        if (revealAfter.isNegative()) {
            throw new IllegalArgumentException("revealAfter must not be negative");
        }
    }

    /** A schedule without the weekly summary. */
    public DailySchedule(
            String guildId,
            String channelId,
            LocalTime time,
            ZoneId zone,
            int count,
            String topic,
            Duration revealAfter) {
        this(guildId, channelId, time, zone, count, topic, revealAfter, false);
    }
}
