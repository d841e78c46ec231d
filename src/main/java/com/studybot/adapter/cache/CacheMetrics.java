package com.studybot.adapter.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import com.studybot.core.telemetry.CacheCounts;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Formats a Caffeine cache's statistics for {@code :stats} and logs, and counts them for the telemetry. */
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

    /** The cache's hits, misses and size under {@code name} (lower_snake_case). */
    static CacheCounts counts(String name, Cache<?, ?> cache) {
        CacheStats s = cache.stats();
        return new CacheCounts(name, s.hitCount(), s.missCount(), cache.estimatedSize());
    }

    /** {@code text} in lower_snake_case ("all-minilm-l6-v2-q" to "all_minilm_l6_v2_q"). */
    static String snake(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
