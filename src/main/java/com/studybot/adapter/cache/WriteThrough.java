package com.studybot.adapter.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.studybot.core.persistence.Transactions;
import com.studybot.core.persistence.VersionedStore;
import java.util.Optional;
import java.util.function.Function;

/**
 * A write-through cache of stored states by key: a save is written to the store first and cached only once the
 * surrounding transaction commits, so the cache never holds a state the database lacks. Reads of cached keys skip
 * the store's state; when the store is a {@link VersionedStore} (shared by processes) they first check its version
 * column, so a state another process changed meanwhile (a server whose shard moved away and back) is read again.
 * Keys without a stored state are not cached (a later save fills them in).
 */
final class WriteThrough<V> {
    private final Transactions transactions;
    private final Cache<String, V> cache;

    WriteThrough(Transactions transactions, long maxSize) {
        this.transactions = transactions;
        this.cache = Caffeine.newBuilder().maximumSize(maxSize).recordStats().build();
    }

    Optional<V> load(String key, Function<String, Optional<V>> stored, Object store) {
        V cached = cache.getIfPresent(key);
        if (cached != null && (!(store instanceof VersionedStore versioned) || versioned.unchanged(key))) {
            return Optional.of(cached);
        }
        Optional<V> found = stored.apply(key);
        found.ifPresent(v -> cache.put(key, v));
        return found;
    }

    /** Writes {@code value} by {@code write}, then caches it once committed. */
    void save(String key, V value, Runnable write) {
        cache.invalidate(key); // until the commit, readers go to the store
        write.run();
        transactions.afterCommit(() -> cache.put(key, value));
    }

    Cache<String, V> cache() {
        return cache;
    }
}
