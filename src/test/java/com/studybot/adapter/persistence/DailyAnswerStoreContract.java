package com.studybot.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.persistence.DailyAnswerStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every daily answer store does, in memory or in SQL: each member's first answer to a question counts. */
abstract class DailyAnswerStoreContract {
    private static final LocalDate DAY = LocalDate.parse("2026-11-23");

    abstract DailyAnswerStore store();

    @Test
    void theFirstAnswerCountsAndASecondChangesNothing() {
        // GIVEN
        DailyAnswerStore store = store();
        // WHEN alice answers B, then tries C
        boolean first = store.answer("g1", DAY, 0, "alice", 1);
        boolean second = store.answer("g1", DAY, 0, "alice", 2);
        // THEN
        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(store.choiceOf("g1", DAY, 0, "alice")).contains(1);
        assertThat(store.tally("g1", DAY, 0)).isEqualTo(Map.of(1, 1));
    }

    @Test
    void theTallyCountsMembersPerOption() {
        // GIVEN
        DailyAnswerStore store = store();
        // WHEN four members answer question 2, one of them twice
        store.answer("g1", DAY, 2, "alice", 0);
        store.answer("g1", DAY, 2, "bob", 3);
        store.answer("g1", DAY, 2, "carol", 0);
        store.answer("g1", DAY, 2, "dave", 0);
        store.answer("g1", DAY, 2, "bob", 0);
        // THEN options nobody chose are absent
        assertThat(store.tally("g1", DAY, 2)).isEqualTo(Map.of(0, 3, 3, 1));
        assertThat(store.tally("g1", DAY, 1)).isEmpty();
    }

    @Test
    void answersAreKeptApartByServerDateQuestionAndMember() {
        // GIVEN
        DailyAnswerStore store = store();
        // WHEN alice answers the same question index on other days, servers and questions
        assertThat(store.answer("g1", DAY, 0, "alice", 1)).isTrue();
        assertThat(store.answer("g1", DAY.plusDays(1), 0, "alice", 2)).isTrue();
        assertThat(store.answer("g2", DAY, 0, "alice", 3)).isTrue();
        assertThat(store.answer("g1", DAY, 1, "alice", 0)).isTrue();
        assertThat(store.answer("g1", DAY, 0, "bob", 2)).isTrue();
        // THEN
        assertThat(store.choiceOf("g1", DAY, 0, "alice")).contains(1);
        assertThat(store.choiceOf("g1", DAY.plusDays(1), 0, "alice")).contains(2);
        assertThat(store.choiceOf("g2", DAY, 0, "alice")).contains(3);
        assertThat(store.choiceOf("g1", DAY, 1, "alice")).contains(0);
        assertThat(store.choiceOf("g1", DAY, 0, "bob")).contains(2);
        assertThat(store.choiceOf("g1", DAY, 0, "carol")).isEmpty();
        assertThat(store.tally("g1", DAY, 0)).isEqualTo(Map.of(1, 1, 2, 1));
    }

    @Test
    void eightClicksAtOnceCountOnce() throws Exception {
        // GIVEN one member's eight clicks on different options, ready at once
        DailyAnswerStore store = store();
        int threads = 8;
        var go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        var clicks = new ArrayList<Future<Boolean>>();
        try {
            for (int i = 0; i < threads; i++) {
                int choice = i;
                clicks.add(pool.submit(() -> {
                    go.await();
                    return store.answer("g1", DAY, 0, "alice", choice);
                }));
            }
            // WHEN they all go
            go.countDown();
            var counted = new ArrayList<Integer>();
            for (int i = 0; i < threads; i++) {
                if (clicks.get(i).get(30, TimeUnit.SECONDS)) {
                    counted.add(i);
                }
            }
            // THEN exactly one counted, and it is the recorded choice
            assertThat(counted).hasSize(1);
            assertThat(store.choiceOf("g1", DAY, 0, "alice")).contains(counted.get(0));
            assertThat(store.tally("g1", DAY, 0)).isEqualTo(Map.of(counted.get(0), 1));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theDaysAMemberAnsweredAreListedOnceEachInOrder() {
        DailyAnswerStore store = store();
        store.answer("g", LocalDate.parse("2026-01-16"), 0, "ann", 1);
        store.answer("g", LocalDate.parse("2026-01-15"), 0, "ann", 1);
        store.answer("g", LocalDate.parse("2026-01-15"), 1, "ann", 2);
        store.answer("other", LocalDate.parse("2026-01-17"), 0, "ann", 1);
        store.answer("g", LocalDate.parse("2026-01-18"), 0, "bob", 1);
        assertThat(store.daysAnswered("g", "ann"))
                .containsExactly(LocalDate.parse("2026-01-15"), LocalDate.parse("2026-01-16"));
        assertThat(store.choices("g", LocalDate.parse("2026-01-15"), 1)).isEqualTo(Map.of("ann", 2));
        assertThat(store.choices("g", LocalDate.parse("2026-01-18"), 0)).isEqualTo(Map.of("bob", 1));
        assertThat(store.members("g", LocalDate.parse("2026-01-16"))).containsExactlyInAnyOrder("ann", "bob");
        assertThat(store.members("g", LocalDate.parse("2026-01-17"))).containsExactly("bob");
    }
}
