package com.studybot.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.studybot.core.persistence.GapStore;
import com.studybot.core.persistence.GapStore.Gap;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every coverage-gap store does, in memory or in SQL: askings are counted per key until it is closed. */
abstract class GapStoreContract {
    private static final Instant T0 = Instant.parse("2026-12-01T09:15:00.123Z");

    abstract GapStore store();

    @Test
    void askingTheSameKeyAgainCountsAndKeepsTheLastQuestionAndTime() {
        // GIVEN
        GapStore store = store();
        // WHEN the same gap is asked three times, worded differently
        store.record("what is fargate", "What is Fargate?", T0);
        store.record("what is fargate", "what is fargate", T0.plusSeconds(60));
        store.record("what is fargate", "What is Fargate, really?", T0.plusSeconds(120));
        // THEN
        assertThat(store.top(10))
                .containsExactly(new Gap("what is fargate", "What is Fargate, really?", 3, T0.plusSeconds(120)));
    }

    @Test
    void topIsMostAskedFirstThenMostRecentThenKeyAndHonoursTheLimit() {
        // GIVEN once: b and a at the same time, c later; twice: d; three times: e
        GapStore store = store();
        store.record("b", "B?", T0);
        store.record("a", "A?", T0);
        store.record("c", "C?", T0.plusSeconds(10));
        store.record("d", "D?", T0);
        store.record("d", "D?", T0.plusSeconds(1));
        for (int i = 0; i < 3; i++) {
            store.record("e", "E?", T0);
        }
        // WHEN
        var all = store.top(10);
        var two = store.top(2);
        // THEN
        assertThat(all).extracting(Gap::key).containsExactly("e", "d", "c", "a", "b");
        assertThat(all).extracting(Gap::count).containsExactly(3, 2, 1, 1, 1);
        assertThat(two).extracting(Gap::key).containsExactly("e", "d");
        assertThat(store.top(0)).isEmpty();
    }

    @Test
    void aNegativeLimitIsRefused() {
        // GIVEN
        GapStore store = store();
        store.record("a", "A?", T0);
        // WHEN / THEN
        assertThatThrownBy(() -> store.top(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("limit");
    }

    @Test
    void closingRemovesOnlyThatKey() {
        // GIVEN
        GapStore store = store();
        store.record("a", "A?", T0);
        store.record("b", "B?", T0.plusSeconds(1));
        // WHEN
        store.close("a");
        // THEN
        assertThat(store.top(10)).containsExactly(new Gap("b", "B?", 1, T0.plusSeconds(1)));
    }

    @Test
    void closingAnUnknownKeyDoesNothing() {
        // GIVEN
        GapStore store = store();
        store.record("a", "A?", T0);
        // WHEN
        store.close("never asked");
        // THEN
        assertThat(store.top(10)).containsExactly(new Gap("a", "A?", 1, T0));
    }

    @Test
    void askingAfterAClosingStartsAgainAtOne() {
        // GIVEN
        GapStore store = store();
        store.record("a", "A?", T0);
        store.record("a", "A?", T0.plusSeconds(1));
        store.close("a");
        // WHEN
        store.record("a", "A again?", T0.plusSeconds(2));
        // THEN
        assertThat(store.top(10)).containsExactly(new Gap("a", "A again?", 1, T0.plusSeconds(2)));
    }

    @Test
    void eightAskingsAtOnceAreAllCounted() throws Exception {
        // GIVEN eight threads ready to record the same key
        GapStore store = store();
        int threads = 8;
        var go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        var records = new ArrayList<Future<?>>();
        try {
            for (int i = 0; i < threads; i++) {
                Instant at = T0.plusSeconds(i);
                records.add(pool.submit(() -> {
                    go.await();
                    store.record("what is ecs", "What is ECS?", at);
                    return null;
                }));
            }
            // WHEN they all go
            go.countDown();
            for (Future<?> r : records) {
                r.get(30, TimeUnit.SECONDS);
            }
            // THEN every asking counted
            assertThat(store.top(10)).singleElement().satisfies(g -> {
                assertThat(g.key()).isEqualTo("what is ecs");
                assertThat(g.count()).isEqualTo(threads);
            });
        } finally {
            pool.shutdownNow();
        }
    }
}
