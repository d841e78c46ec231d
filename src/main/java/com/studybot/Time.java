package com.studybot;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;

/**
 * The one time source of the bot: the clock quizzes, buttons and daily posts go by, and the ticker the caches,
 * cooldowns and conversations expire by. In production both are the system's; a test that moves its clock moves
 * the ticker with it ({@link #following}), so the whole bot sees the same time.
 */
public record Time(Clock clock, Ticker ticker) {
    public static Time system() {
        return new Time(Clock.systemUTC(), Ticker.systemTicker());
    }

    /** The clock, and a ticker reading it (the system's ticker when the clock is the system's). */
    public static Time following(Clock clock) {
        if (clock.equals(Clock.systemUTC())) {
            return system();
        }
        return new Time(clock, () -> {
            var now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        });
    }
}
