package com.studybot.adapter.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.studybot.core.persistence.QuizStateStore;
import com.studybot.core.persistence.Transactions;
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
        var cache = new CachingQuizStateStore(backing, Transactions.none(), 100);
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
    void aStateIsCachedOnlyOnceItsTransactionCommits() {
        // GIVEN a cache in a transaction that has not committed yet
        var backing = new Backing();
        var pending = new java.util.ArrayList<Runnable>();
        Transactions open = new Transactions() {
            @Override
            public void inOne(Runnable work) {
                work.run();
            }

            @Override
            public void afterCommit(Runnable action) {
                pending.add(action);
            }
        };
        var cache = new CachingQuizStateStore(backing, open, 100);
        // WHEN a state is saved, read before the commit, then committed and read again
        cache.save("cy", DONE);
        cache.load("cy");
        pending.forEach(Runnable::run);
        cache.load("cy");
        // THEN the read before the commit went to the store, the one after did not
        assertThat(backing.loads.get()).isEqualTo(1);
    }

    @Test
    void aFailedSaveLeavesTheCacheAsTheStoreIs() {
        // GIVEN
        var backing = new Backing();
        var cache = new CachingQuizStateStore(backing, Transactions.none(), 100);
        cache.save("bob", DONE);
        backing.failing = true;
        // WHEN a save fails
        assertThatThrownBy(() -> cache.save("bob", new QuizState.Idle())).hasMessageContaining("database down");
        // THEN the cache does not claim what the store lacks
        assertThat(cache.load("bob")).contains(DONE);
    }
}
