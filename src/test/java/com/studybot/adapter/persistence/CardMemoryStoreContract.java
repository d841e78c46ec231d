package com.studybot.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.persistence.CardMemoryStore;
import com.studybot.core.quiz.CardMemory;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every CardMemoryStore must do; subclasses only say how to build one. */
abstract class CardMemoryStoreContract {
    static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    abstract CardMemoryStore store();

    private static CardMemory memory(double stability, Instant due) {
        return new CardMemory(stability, 5.5, Optional.of(T0), due, 3, 1, 0);
    }

    @Test
    void aSavedMemoryIsFoundAgainExactly() {
        var m = new CardMemory(3.173, 5.28243442, Optional.of(T0), T0.plusSeconds(3 * 86400), 3, 1, 0);
        store().save("alice", "card-1", m);
        assertThat(store().find("alice", "card-1")).contains(m);
    }

    @Test
    void aNewCardHasNoLastReview() {
        var fresh = CardMemory.fresh(T0);
        store().save("alice", "card-new", fresh);
        assertThat(store().find("alice", "card-new")).contains(fresh);
    }

    @Test
    void savingAgainReplacesAndUsersAreSeparate() {
        store().save("alice", "c", memory(1, T0));
        store().save("alice", "c", memory(9, T0));
        store().save("bob", "c", memory(4, T0));
        assertThat(store().find("alice", "c").orElseThrow().stability()).isEqualTo(9);
        assertThat(store().find("bob", "c").orElseThrow().stability()).isEqualTo(4);
        assertThat(store().find("carol", "c")).isEmpty();
    }

    @Test
    void dueCardsComeMostOverdueFirstUpToTheLimit() {
        store().save("alice", "later", memory(1, T0.plusSeconds(86400)));
        store().save("alice", "old", memory(1, T0.minusSeconds(7200)));
        store().save("alice", "recent", memory(1, T0.minusSeconds(60)));
        store().save("alice", "now", memory(1, T0));
        store().save("bob", "bobs", memory(1, T0.minusSeconds(99999)));
        assertThat(store().due("alice", T0, 10)).containsExactly("old", "recent", "now");
        assertThat(store().due("alice", T0, 2)).containsExactly("old", "recent");
    }
}
