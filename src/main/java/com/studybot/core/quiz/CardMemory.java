package com.studybot.core.quiz;

import java.time.Instant;
import java.util.Optional;

/**
 * What spaced repetition knows about one user's card: memory stability (days until recall drops to 90 %),
 * difficulty (1..10), when it was last reviewed and when it is due. A new card has no last review.
 */
public record CardMemory(
        double stability,
        double difficulty,
        Optional<Instant> lastReview,
        Instant due,
        int scheduledDays,
        int reps,
        int lapses) {
    public CardMemory {
        if (stability < 0) {
            throw new IllegalArgumentException("stability must be >= 0, was " + stability);
        }
        if (difficulty < 0 || difficulty > 10) {
            throw new IllegalArgumentException("difficulty must be in 0..10, was " + difficulty);
        }
        if (reps < 0 || lapses < 0 || scheduledDays < 0) {
            throw new IllegalArgumentException("reps, lapses and scheduledDays must be >= 0");
        }
    }

    /** A card never reviewed, due at {@code now}. */
    public static CardMemory fresh(Instant now) {
        return new CardMemory(0, 0, Optional.empty(), now, 0, 0, 0);
    }

    public boolean isNew() {
        return lastReview.isEmpty();
    }

    public boolean isDue(Instant now) {
        return !due.isAfter(now);
    }
}
