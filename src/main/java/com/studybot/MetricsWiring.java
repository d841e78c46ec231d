package com.studybot;

import com.studybot.adapter.index.LuceneIndex;
import com.studybot.adapter.metrics.MetricsEndpoint;
import com.studybot.adapter.metrics.MicrometerTelemetry;
import com.studybot.config.StudybotConfig;
import com.studybot.core.common.MetricsSource;
import com.studybot.core.telemetry.CountedCache;
import com.studybot.core.telemetry.Health;
import com.studybot.core.telemetry.ShardState;
import com.studybot.core.telemetry.Telemetry;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The metrics part of the composition root: the {@link Telemetry} every adapter reports to, the health check and
 * the operator's endpoint. With {@code metrics.port} unset the telemetry is {@link Telemetry#NONE} and nothing
 * listens.
 *
 * <pre>
 * Telemetry telemetry = MetricsWiring.telemetry(config.metrics());
 * // ... pass telemetry to the adapters, start the bot ...
 * MetricsWiring.watchCaches(telemetry, wiring.metrics());
 * Optional&lt;MetricsEndpoint&gt; endpoint = MetricsWiring.start(
 *         config.metrics(), telemetry, MetricsWiring.health(wiring.index(), bot::shards));
 * </pre>
 */
public final class MetricsWiring {
    private MetricsWiring() {}

    /** Micrometer's Prometheus registry when {@code metrics.port} is set, else {@link Telemetry#NONE}. */
    public static Telemetry telemetry(StudybotConfig.Metrics config) {
        return config.enabled() ? new MicrometerTelemetry() : Telemetry.NONE;
    }

    /** Ready when the index is open and every Discord shard the bot owns is connected. */
    public static Health health(LuceneIndex index, Supplier<List<ShardState>> shards) {
        return Health.all(List.of(Health.index(index::isOpen), Health.shards(shards)));
    }

    /** Reports the hits and misses of every cache among {@code sources} (those that count, {@link CountedCache}). */
    public static void watchCaches(Telemetry telemetry, List<MetricsSource> sources) {
        sources.stream()
                .filter(CountedCache.class::isInstance)
                .map(CountedCache.class::cast)
                .forEach(telemetry::watchCache);
    }

    /**
     * Serves {@code /metrics} and {@code /health} on {@code metrics.host}:{@code metrics.port} when metrics are on;
     * empty when off. A port already taken is {@link com.studybot.adapter.metrics.MetricsPortTaken} (one line, exit
     * 2). Close the endpoint at shutdown.
     */
    public static Optional<MetricsEndpoint> start(StudybotConfig.Metrics config, Telemetry telemetry, Health health) {
        if (!config.enabled() || !(telemetry instanceof MicrometerTelemetry micrometer)) {
            return Optional.empty();
        }
        return Optional.of(MetricsEndpoint.start(config.host(), config.port(), micrometer::scrape, health));
    }
}
