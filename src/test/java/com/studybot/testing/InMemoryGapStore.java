package com.studybot.testing;

import com.studybot.core.persistence.GapStore;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The in-memory fake of the coverage-gap port, held to the same contract as the JDBC store. */
public final class InMemoryGapStore implements GapStore {
    private static final Comparator<Gap> MOST_ASKED_FIRST = Comparator.comparingInt(Gap::count)
            .reversed()
            .thenComparing(Gap::lastAsked, Comparator.reverseOrder())
            .thenComparing(Gap::key);

    private final Map<String, Gap> gaps = new ConcurrentHashMap<>();

    /** Keeps milliseconds, as the JDBC store does. */
    @Override
    public void record(String key, String question, Instant at) {
        Instant millis = at.truncatedTo(ChronoUnit.MILLIS);
        gaps.merge(
                key,
                new Gap(key, question, 1, millis),
                (old, asked) -> new Gap(key, question, old.count() + 1, millis));
    }

    @Override
    public List<Gap> top(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        return gaps.values().stream().sorted(MOST_ASKED_FIRST).limit(limit).toList();
    }

    @Override
    public void close(String key) {
        gaps.remove(key);
    }
}
