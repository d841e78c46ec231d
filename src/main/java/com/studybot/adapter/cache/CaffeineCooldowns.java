package com.studybot.adapter.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.studybot.core.common.Cooldowns;
import com.studybot.core.common.MetricsSource;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Cooldowns in a Caffeine cache: a key's entry lives for the cooldown, so memory stays bounded by use. */
public final class CaffeineCooldowns implements Cooldowns, MetricsSource {
    private final Duration cooldown;
    private final Ticker ticker;
    private final Cache<String, Long> started;
    private final String name;

    public CaffeineCooldowns(String name, Duration cooldown, long maxKeys, Ticker ticker) {
        this.name = name;
        this.cooldown = cooldown;
        this.ticker = ticker;
        this.started = Caffeine.newBuilder()
                .expireAfterWrite(cooldown)
                .maximumSize(maxKeys)
                .ticker(ticker)
                .recordStats()
                .build();
    }

    @Override
    public Optional<Duration> tryAcquire(String key) {
        long now = ticker.read();
        long[] waitNanos = {0};
        started.asMap().compute(key, (k, since) -> {
            if (since != null && now - since < cooldown.toNanos()) {
                waitNanos[0] = cooldown.toNanos() - (now - since);
                return since;
            }
            return now;
        });
        return waitNanos[0] > 0 ? Optional.of(Duration.ofNanos(waitNanos[0])) : Optional.empty();
    }

    @Override
    public Map<String, String> metrics() {
        return Map.of(name + " cooldowns", started.estimatedSize() + " users waiting");
    }
}
