package com.studybot.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.studybot.core.persistence.DailyScheduleStore;
import com.studybot.core.schedule.DailySchedule;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** What every daily schedule store does, in memory or in SQL: one schedule per server, every field kept. */
abstract class DailyScheduleStoreContract {
    private static final DailySchedule LORD_HOWE = new DailySchedule(
            "1100000000000000001",
            "1200000000000000001",
            LocalTime.of(7, 30),
            ZoneId.of("Australia/Lord_Howe"),
            3,
            "aws",
            Duration.ofSeconds(5_400),
            true);

    abstract DailyScheduleStore store();

    private static DailySchedule schedule(String guildId) {
        return new DailySchedule(guildId, "c-" + guildId, LocalTime.of(9, 0), ZoneId.of("UTC"), 1, "", Duration.ZERO);
    }

    @Test
    void aSavedScheduleComesBackWithEveryField() {
        // GIVEN
        DailyScheduleStore store = store();
        // WHEN
        store.save(LORD_HOWE);
        // THEN
        DailySchedule found = store.find(LORD_HOWE.guildId()).orElseThrow();
        assertThat(found).isEqualTo(LORD_HOWE);
        assertThat(found.zone().getId()).isEqualTo("Australia/Lord_Howe");
        assertThat(found.time()).isEqualTo(LocalTime.of(7, 30));
        assertThat(found.revealAfter()).isEqualTo(Duration.ofMinutes(90));
        assertThat(store.find("no-such-guild")).isEmpty();
    }

    @Test
    void unusualButValidValuesComeBackUnchanged() {
        // GIVEN any topic, no reveal delay, midnight, a time with seconds, an offset zone, a long delay
        var anyTopic = new DailySchedule("g1", "c1", LocalTime.MIDNIGHT, ZoneId.of("UTC"), 1, "", Duration.ZERO);
        var odd = new DailySchedule(
                "g2", "c2", LocalTime.of(23, 59, 30), ZoneId.of("+05:45"), 5, "k8s · 中文", Duration.ofDays(2));
        DailyScheduleStore store = store();
        // WHEN
        store.save(anyTopic);
        store.save(odd);
        // THEN
        assertThat(store.find("g1")).contains(anyTopic);
        assertThat(store.find("g2")).contains(odd);
    }

    @Test
    void savingAgainReplacesTheServersSchedule() {
        // GIVEN
        DailyScheduleStore store = store();
        store.save(LORD_HOWE);
        var moved = new DailySchedule(
                LORD_HOWE.guildId(),
                "1200000000000000002",
                LocalTime.of(18, 15),
                ZoneId.of("Europe/Berlin"),
                5,
                "",
                Duration.ofHours(1));
        // WHEN
        store.save(moved);
        // THEN
        assertThat(store.find(LORD_HOWE.guildId())).contains(moved);
        assertThat(store.all()).containsExactly(moved);
    }

    @Test
    void removingAScheduleTurnsOnlyThatServerOff() {
        // GIVEN
        DailyScheduleStore store = store();
        store.save(LORD_HOWE);
        store.save(schedule("g-other"));
        // WHEN
        store.remove(LORD_HOWE.guildId());
        store.remove("never-scheduled");
        // THEN
        assertThat(store.find(LORD_HOWE.guildId())).isEmpty();
        assertThat(store.all()).containsExactly(schedule("g-other"));
    }

    @Test
    void allListsEveryScheduleSortedByGuildId() {
        // GIVEN
        DailyScheduleStore store = store();
        assertThat(store.all()).isEmpty();
        // WHEN
        store.save(schedule("g2"));
        store.save(schedule("g10"));
        store.save(schedule("g1"));
        // THEN sorted as strings, as String.compareTo orders them
        assertThat(store.all()).containsExactly(schedule("g1"), schedule("g10"), schedule("g2"));
    }

    @Test
    void aRevealDelayWithAFractionOfASecondIsRefused() {
        // GIVEN the delay is stored in whole seconds
        var fraction = new DailySchedule("g1", "c1", LocalTime.NOON, ZoneId.of("UTC"), 1, "", Duration.ofMillis(1_500));
        DailyScheduleStore store = store();
        // WHEN / THEN
        assertThatThrownBy(() -> store.save(fraction))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("revealAfter");
        assertThat(store.find("g1")).isEmpty();
    }
}
