package com.studybot.core.telemetry;

import java.util.Objects;

/** One Discord connection (a shard) the bot owns: its number, its client's status word, and whether it is up. */
public record ShardState(int shard, String status, boolean connected) {
    public ShardState {
        Objects.requireNonNull(status, "status");
        if (shard < 0) {
            throw new IllegalArgumentException("shard must be >= 0, was " + shard);
        }
    }
}
