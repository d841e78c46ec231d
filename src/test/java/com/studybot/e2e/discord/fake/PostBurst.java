package com.studybot.e2e.discord.fake;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Discord's per-channel limit on creating messages: {@link #LIMIT} posts in a window of {@link #WINDOW_NANOS} that
 * starts with the first post; one more within it is answered 429 with the time left. Successful posts carry no
 * rate-limit headers (the notes allow it), so JDA meets the limit only by its 429 and must wait and retry. Time is
 * read from {@code nanos}, so a unit test moves it by hand.
 */
final class PostBurst {
    static final int LIMIT = 5;
    static final long WINDOW_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final LongSupplier nanos;
    private final Map<String, long[]> windows = new HashMap<>(); // channel -> {start, count}

    PostBurst(LongSupplier nanos) {
        this.nanos = nanos;
    }

    /** Counts a post in {@code channelId}; empty when it may go, else the seconds until the window is over. */
    synchronized Optional<Double> post(String channelId) {
        long now = nanos.getAsLong();
        long[] window = windows.get(channelId);
        if (window == null || now - window[0] >= WINDOW_NANOS) {
            windows.put(channelId, new long[] {now, 1});
            return Optional.empty();
        }
        if (window[1] < LIMIT) {
            window[1]++;
            return Optional.empty();
        }
        return Optional.of((WINDOW_NANOS - (now - window[0])) / 1e9);
    }
}
