package com.studybot.e2e.discord.fake;

import java.time.Clock;

/**
 * Discord ids made from the current time, as Discord makes them: milliseconds since the Discord epoch
 * in the high bits and a counter in the low 22. JDA dates interactions from their id, so ids must be
 * current (an old id makes follow-ups expire locally).
 */
public final class Snowflakes {
    private static final long DISCORD_EPOCH = 1420070400000L;
    private static final long COUNTER_MASK = (1L << 22) - 1;

    private final Clock clock;
    private long counter;
    private long last;

    public Snowflakes(Clock clock) {
        this.clock = clock;
    }

    /** A new id, strictly greater than every id this instance gave before. */
    public synchronized String next() {
        long candidate = ((clock.millis() - DISCORD_EPOCH) << 22) | (counter++ & COUNTER_MASK);
        last = Math.max(candidate, last + 1);
        return Long.toString(last);
    }

    /** A new id for a guild on {@code shard} of {@code shards} ({@code (id >> 22) % shards == shard}), unique. */
    public synchronized String onShard(int shard, int shards) {
        long id = Long.parseLong(next());
        long off = (((id >> 22) % shards) - shard + shards) % shards; // a few milliseconds earlier, same counter
        return Long.toString(id - (off << 22));
    }
}
