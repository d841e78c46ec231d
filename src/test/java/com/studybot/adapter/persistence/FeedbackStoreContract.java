package com.studybot.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.persistence.FeedbackStore;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every feedback store does, in memory or in SQL. */
abstract class FeedbackStoreContract {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    abstract FeedbackStore store();

    @Test
    void votesAreCountedOncePerUserAndTheLastOneCounts() {
        // GIVEN
        FeedbackStore store = store();
        // WHEN alice changes her mind, bob votes once, and another answer gets a vote
        store.record("alice", "a1", "What is Fargate?", false, NOW);
        store.record("alice", "a1", "What is Fargate?", true, NOW.plusSeconds(5));
        store.record("bob", "a1", "What is Fargate?", false, NOW);
        store.record("bob", "a2", "What is ECS?", true, NOW);
        // THEN
        assertThat(store.votes("a1")).isEqualTo(new FeedbackStore.Votes(1, 1));
        assertThat(store.votes("a2")).isEqualTo(new FeedbackStore.Votes(1, 0));
        assertThat(store.votes("none")).isEqualTo(new FeedbackStore.Votes(0, 0));
    }
}
