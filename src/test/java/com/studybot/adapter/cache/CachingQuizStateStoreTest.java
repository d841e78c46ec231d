package com.studybot.adapter.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.studybot.core.persistence.QuizStateStore;
import com.studybot.core.quiz.state.QuizState;
import com.studybot.testing.InMemoryQuizStateStore;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

final class CachingQuizStateStoreTest {
    private static final QuizState DONE = QuizStoreStates.finished();

    /** Counts loads and can be told to fail on save, like a database that went away. */
    private static final class Backing implements QuizStateStore {
        final InMemoryQuizStateStore store = new InMemoryQuizStateStore();
        final AtomicInteger loads = new AtomicInteger();
        boolean failing;

        @Override
        public Optional<QuizState> load(String scope) {
            loads.incrementAndGet();
            return store.load(scope);
        }

        @Override
        public void save(String scope, QuizState state) {
            if (failing) {
                throw new IllegalStateException("database down");
            }
            store.save(scope, state);
        }
    }

    @Test
    void aSaveReachesTheStoreBeforeTheCacheAndReadsAreServedFromIt() {
        // GIVEN
        var backing = new Backing();
        var cache = new CachingQuizStateStore(backing, 100);
        // WHEN a state is saved and read twice
        cache.save("alice", DONE);
        var first = cache.load("alice");
        var second = cache.load("alice");
        // THEN the store holds it and was not asked again
        assertThat(backing.store.load("alice")).contains(DONE);
        assertThat(first).contains(DONE);
        assertThat(second).contains(DONE);
        assertThat(backing.loads.get()).isZero();
    }

    @Test
    void aFailedSaveLeavesTheCacheAsTheStoreIs() {
        // GIVEN
        var backing = new Backing();
        var cache = new CachingQuizStateStore(backing, 100);
        cache.save("bob", new QuizState.Idle());
        backing.failing = true;
        // WHEN a save fails
        assertThatThrownBy(() -> cache.save("bob", DONE)).hasMessageContaining("database down");
        // THEN the cache does not claim what the store lacks
        assertThat(cache.load("bob")).contains(new QuizState.Idle());
    }
}
