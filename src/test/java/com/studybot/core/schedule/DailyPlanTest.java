package com.studybot.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

final class DailyPlanTest {
    private static final DailyPlan PLAN = new DailyPlan(Duration.ofHours(2));

    private static DailySchedule at(String time, String zone) {
        return new DailySchedule("g", "c", LocalTime.parse(time), ZoneId.of(zone), 1, "", Duration.ofHours(1));
    }

    /** Ticks a clock every minute from {@code from} for {@code days} and returns the instants a post is made. */
    private static List<Instant> postsWhileTicking(DailySchedule s, Instant from, int days) {
        var claimed = new HashSet<LocalDate>(); // the ledger: one claim per local date
        var posts = new ArrayList<Instant>();
        for (Instant now = from; now.isBefore(from.plus(Duration.ofDays(days))); now = now.plusSeconds(60)) {
            Instant t = now;
            PLAN.due(s, now).filter(claimed::add).ifPresent(d -> posts.add(t));
        }
        return posts;
    }

    @Test
    void aTimeTheClocksJumpOverIsPostedWhenTheJumpEnds() {
        // New York springs forward at 02:00 on 8 March 2026; Berlin at 02:00 on 29 March; Lord Howe by
        // half an hour at 02:00 on 4 October
        assertThat(DailyTime.at(LocalDate.parse("2026-03-08"), LocalTime.parse("02:30"), ZoneId.of("America/New_York")))
                .isEqualTo(Instant.parse("2026-03-08T07:00:00Z"));
        assertThat(DailyTime.at(LocalDate.parse("2026-03-29"), LocalTime.parse("02:30"), ZoneId.of("Europe/Berlin")))
                .isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
        assertThat(DailyTime.at(
                        LocalDate.parse("2026-10-04"), LocalTime.parse("02:15"), ZoneId.of("Australia/Lord_Howe")))
                .isEqualTo(Instant.parse("2026-10-03T15:30:00Z"));
    }

    @Test
    void aTimeThatHappensTwiceIsTheFirstOne() {
        // New York falls back at 02:00 on 1 November 2026: 01:30 happens at 05:30Z and again at 06:30Z
        assertThat(DailyTime.at(LocalDate.parse("2026-11-01"), LocalTime.parse("01:30"), ZoneId.of("America/New_York")))
                .isEqualTo(Instant.parse("2026-11-01T05:30:00Z"));
        // Lord Howe falls back half an hour at 02:00 on 5 April 2026
        assertThat(DailyTime.at(
                        LocalDate.parse("2026-04-05"), LocalTime.parse("01:45"), ZoneId.of("Australia/Lord_Howe")))
                .isEqualTo(Instant.parse("2026-04-04T14:45:00Z"));
    }

    @Test
    void acrossEveryTransitionEachLocalDayGetsExactlyOnePostAtItsTime() {
        // GIVEN schedules at times the transitions touch, and one in a zone without DST
        record Case(DailySchedule schedule, Instant from, List<Instant> expected) {}
        var cases = List.of(
                new Case(
                        at("02:30", "America/New_York"),
                        Instant.parse("2026-03-07T00:00:00Z"),
                        List.of(
                                Instant.parse("2026-03-07T07:30:00Z"),
                                Instant.parse("2026-03-08T07:00:00Z"),
                                Instant.parse("2026-03-09T06:30:00Z"))),
                new Case(
                        at("01:30", "America/New_York"),
                        Instant.parse("2026-10-31T00:00:00Z"),
                        List.of(
                                Instant.parse("2026-10-31T05:30:00Z"),
                                Instant.parse("2026-11-01T05:30:00Z"),
                                Instant.parse("2026-11-02T06:30:00Z"))),
                new Case(
                        at("02:30", "Europe/Berlin"),
                        Instant.parse("2026-10-24T00:00:00Z"),
                        List.of(
                                Instant.parse("2026-10-24T00:30:00Z"),
                                Instant.parse("2026-10-25T00:30:00Z"),
                                Instant.parse("2026-10-26T01:30:00Z"))),
                new Case(
                        at("02:15", "Australia/Lord_Howe"),
                        Instant.parse("2026-10-02T12:00:00Z"),
                        List.of(
                                Instant.parse("2026-10-02T15:45:00Z"),
                                Instant.parse("2026-10-03T15:30:00Z"),
                                Instant.parse("2026-10-04T15:15:00Z"))),
                new Case(
                        at("09:00", "Asia/Tokyo"),
                        Instant.parse("2026-03-07T12:00:00Z"),
                        List.of(
                                Instant.parse("2026-03-08T00:00:00Z"),
                                Instant.parse("2026-03-09T00:00:00Z"),
                                Instant.parse("2026-03-10T00:00:00Z"))));
        for (Case c : cases) {
            // WHEN a clock ticks every minute for three days
            List<Instant> posts = postsWhileTicking(c.schedule(), c.from(), 3);
            // THEN
            assertThat(posts)
                    .as("%s %s", c.schedule().zone(), c.schedule().time())
                    .isEqualTo(c.expected());
        }
    }

    @Test
    void aPostMissedBeyondTheCatchUpWindowIsSkippedAndALateOneWithinItIsMade() {
        DailySchedule s = at("08:00", "Europe/Berlin");
        // 08:00 CET is 07:00Z; the window is two hours
        assertThat(PLAN.due(s, Instant.parse("2026-01-15T08:59:00Z"))).contains(LocalDate.parse("2026-01-15"));
        assertThat(PLAN.due(s, Instant.parse("2026-01-15T09:00:00Z"))).isEmpty();
        assertThat(PLAN.due(s, Instant.parse("2026-01-15T06:59:00Z"))).isEmpty();
    }

    @Test
    void theNextPostIsTheFirstTimeAfterNow() {
        DailySchedule s = at("23:30", "America/New_York");
        assertThat(PLAN.next(s, Instant.parse("2026-01-15T12:00:00Z")))
                .isEqualTo(Instant.parse("2026-01-16T04:30:00Z"));
        assertThat(PLAN.next(s, Instant.parse("2026-01-16T04:30:00Z")))
                .isEqualTo(Instant.parse("2026-01-17T04:30:00Z"));
    }
}
