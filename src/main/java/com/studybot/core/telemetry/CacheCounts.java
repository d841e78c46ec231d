package com.studybot.core.telemetry;

import java.util.Objects;

/** A cache's lookups so far: {@code hits} and {@code misses} only grow; {@code size} is its entries now. */
public record CacheCounts(String name, long hits, long misses, long size) {
    public CacheCounts {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("name must be lower_snake_case, was \"" + name + "\"");
        }
        if (hits < 0 || misses < 0 || size < 0) {
            throw new IllegalArgumentException(
                    "counts must be >= 0, were hits " + hits + ", misses " + misses + ", size " + size);
        }
    }
}
