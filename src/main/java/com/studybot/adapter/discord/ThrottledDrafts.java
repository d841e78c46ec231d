package com.studybot.adapter.discord;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Passes on a growing draft at most once per {@code every} (Discord rate-limits message edits): the first
 * draft at once, then the newest one each time the interval has passed. Drafts in between are dropped; the
 * final answer replaces whatever was shown last.
 */
public final class ThrottledDrafts implements Consumer<String> {
    private final Clock clock;
    private final Duration every;
    private final Consumer<String> show;
    private Instant last;
    private int shown;

    public ThrottledDrafts(Clock clock, Duration every, Consumer<String> show) {
        this.clock = clock;
        this.every = every;
        this.show = show;
    }

    @Override
    public synchronized void accept(String draft) {
        Instant now = clock.instant();
        if (last == null || !now.isBefore(last.plus(every))) {
            last = now;
            shown++;
            show.accept(draft);
        }
    }

    /** How many drafts were shown. */
    public synchronized int shown() {
        return shown;
    }
}
