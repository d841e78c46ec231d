package com.studybot.adapter.discord;

import java.time.Duration;

/**
 * How long to wait before the next attempt to reach Discord's gateway: {@code first} after the first failure,
 * doubling after each further one, never more than {@code max}.
 */
public record GatewayBackoff(Duration first, Duration max) {
    /**
     * 1 s, 2 s, 4 s ... up to 2 minutes. Without a backoff JDA's default session controller retried at once: 337,187
     * attempts in 118 s, each with a stack trace, against a gateway a firewall blocked (issue 15, item 8).
     */
    public static final GatewayBackoff DEFAULT = new GatewayBackoff(Duration.ofSeconds(1), Duration.ofMinutes(2));

    public GatewayBackoff {
        if (first.isNegative() || first.isZero()) {
            throw new IllegalArgumentException("first must be > 0, was " + first);
        }
        if (max.compareTo(first) < 0) {
            throw new IllegalArgumentException("max must be >= first (" + first + "), was " + max);
        }
    }

    /** The wait after the {@code failures}-th failure in a row (1 for the first). */
    public Duration delay(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures must be >= 1, was " + failures);
        }
        Duration delay = first;
        for (int i = 1; i < failures && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
