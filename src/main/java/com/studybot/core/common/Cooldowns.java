package com.studybot.core.common;

import java.time.Duration;
import java.util.Optional;

/** Rate limits per key (a user): an action is allowed once per cooldown. */
public interface Cooldowns {
    /** Takes the key's turn: empty if allowed now, else how long to wait (nothing is taken then). */
    Optional<Duration> tryAcquire(String key);
}
