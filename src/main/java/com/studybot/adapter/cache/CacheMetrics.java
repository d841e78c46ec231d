package com.studybot.adapter.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.util.LinkedHashMap;
import java.util.Map;

/** Formats a Caffeine cache's statistics for {@code :stats} and logs. */
final class CacheMetrics {
    private CacheMetrics() {}

    static Map<String, String> of(String name, Cache<?, ?> cache) {
        CacheStats s = cache.stats();
        var m = new LinkedHashMap<String, String>();
        m.put(
                name + " cache",
                "%d entries, %d hits / %d requests (hit rate %.0f%%)"
                        .formatted(cache.estimatedSize(), s.hitCount(), s.requestCount(), 100 * s.hitRate()));
        return m;
    }
}
