package com.studybot.core.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * When a server's daily post is due: from its local time on a date (see {@link DailyTime}) until the
 * catch-up window closes. A post missed for longer (the bot was down) is skipped, not posted late.
 */
public final class DailyPlan {
    private final Duration catchUp;

    public DailyPlan(Duration catchUp) {
        if (catchUp.isNegative() || catchUp.isZero()) {
            throw new IllegalArgumentException("catchUp must be positive");
        }
        this.catchUp = catchUp;
    }

    /** The local date whose post is due at {@code now}: today's once its time has come, or yesterday's while its window is open. */
    public Optional<LocalDate> due(DailySchedule s, Instant now) {
        LocalDate today = now.atZone(s.zone()).toLocalDate();
        for (LocalDate d = today; !d.isBefore(today.minusDays(1)); d = d.minusDays(1)) {
            Instant at = DailyTime.at(d, s.time(), s.zone());
            if (!now.isBefore(at) && now.isBefore(at.plus(catchUp))) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The first post time after {@code now}. */
    public Instant next(DailySchedule s, Instant now) {
        LocalDate d = now.atZone(s.zone()).toLocalDate().minusDays(1);
        Instant at = DailyTime.at(d, s.time(), s.zone());
        while (!at.isAfter(now)) {
            d = d.plusDays(1);
            at = DailyTime.at(d, s.time(), s.zone());
        }
        return at;
    }

    /** When the answers of the post of {@code date} are revealed. */
    public static Instant revealAt(DailySchedule s, LocalDate date) {
        return DailyTime.at(date, s.time(), s.zone()).plus(s.revealAfter());
    }

    public Duration catchUp() {
        return catchUp;
    }
}
