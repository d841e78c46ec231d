package com.studybot.adapter.metrics;

import com.studybot.core.answer.Answer;
import com.studybot.core.telemetry.CacheCounts;
import com.studybot.core.telemetry.CountedCache;
import com.studybot.core.telemetry.Telemetry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToDoubleFunction;

/**
 * The bot's figures as Micrometer meters in a Prometheus registry ({@link #scrape()} gives the text format). Names
 * are {@code studybot_*}; tags have few values each (command, outcome, reason, model, cache, operation).
 */
public final class MicrometerTelemetry implements Telemetry {
    /** Discord wants an acknowledgement within 3 s: the buckets show how close interactions come to it. */
    private static final Duration[] ACK_BUCKETS = {
        Duration.ofMillis(100),
        Duration.ofMillis(250),
        Duration.ofMillis(500),
        Duration.ofSeconds(1),
        Duration.ofSeconds(2),
        Duration.ofSeconds(3)
    };

    private final PrometheusMeterRegistry registry;
    private final AtomicLong chunks = new AtomicLong();
    private final AtomicLong lastSync = new AtomicLong();
    /**
     * The caches watched: Micrometer's meters hold what they read only weakly, so a cache nobody else kept (a
     * lambda handed in) could be collected and its counts read as zero at the next scrape.
     */
    private final java.util.List<CountedCache> watched = new java.util.concurrent.CopyOnWriteArrayList<>();

    public MicrometerTelemetry() {
        this(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    }

    MicrometerTelemetry(PrometheusMeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("studybot.index.chunks", chunks, AtomicLong::get)
                .description("Passages in the search index after its last update")
                .register(registry);
        Gauge.builder("studybot.index.last.sync", lastSync, AtomicLong::get)
                .description("When the index was last brought up to date (Unix time; 0: not yet)")
                .baseUnit("seconds")
                .register(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    /** Everything measured so far, in the Prometheus text format. */
    public String scrape() {
        return registry.scrape();
    }

    MeterRegistry registry() {
        return registry;
    }

    @Override
    public void interaction(String command, InteractionOutcome outcome, Duration toAck, Duration toReply) {
        String[] tags = {"command", command, "outcome", outcome.tag()};
        Counter.builder("studybot.interactions")
                .description("Discord interactions handled, by command and outcome")
                .tags(tags)
                .register(registry)
                .increment();
        Timer.builder("studybot.interaction.ack")
                .description("From an interaction's arrival (its wait for a worker included) to its acknowledgement")
                .tags(tags)
                .serviceLevelObjectives(ACK_BUCKETS)
                .register(registry)
                .record(toAck);
        Timer.builder("studybot.interaction.reply")
                .description("From an interaction's arrival to the end of its handling (its reply sent)")
                .tags(tags)
                .serviceLevelObjectives(ACK_BUCKETS)
                .register(registry)
                .record(toReply);
    }

    @Override
    public void answer(Answer.Kind outcome) {
        Counter.builder("studybot.answers")
                .description("Questions answered: answered, closest passage, not in the notes, failed")
                .tag("outcome", outcome.id)
                .register(registry)
                .increment();
    }

    @Override
    public void quizAnswer(boolean correct) {
        Counter.builder("studybot.quiz.answers")
                .description("Graded quiz answers, right or wrong")
                .tag("result", correct ? "correct" : "wrong")
                .register(registry)
                .increment();
    }

    @Override
    public void dailyPost(DailyOutcome outcome, String reason) {
        Counter.builder("studybot.daily.posts")
                .description("Daily quiz posts sent, skipped or failed, by reason")
                .tags("outcome", outcome.tag(), "reason", reason)
                .register(registry)
                .increment();
    }

    @Override
    public void databaseError(String operation) {
        Counter.builder("studybot.database.errors")
                .description("Database failures, by what was being done")
                .tag("operation", operation)
                .register(registry)
                .increment();
    }

    @Override
    public void queryEmbedding(String model, Duration took) {
        Timer.builder("studybot.embedding.query")
                .description("Embedding one question by the model (cache hits excluded)")
                .tag("model", model)
                .register(registry)
                .record(took);
    }

    @Override
    public void modelLoad(String model, Duration took) {
        Timer.builder("studybot.model.load")
                .description("Loading an embedding model")
                .tag("model", model)
                .register(registry)
                .record(took);
    }

    @Override
    public void indexSynced(long chunkCount, Instant at) {
        chunks.set(chunkCount);
        lastSync.set(at.getEpochSecond());
    }

    @Override
    public void watchCache(CountedCache cache) {
        watched.add(cache);
        for (CacheCounts first : cache.cacheCounts()) {
            String name = first.name();
            counter(cache, name, "studybot.cache.hits", "Cache lookups that found their entry", CacheCounts::hits);
            counter(cache, name, "studybot.cache.misses", "Cache lookups that did not", CacheCounts::misses);
            Gauge.builder("studybot.cache.size", cache, c -> read(c, name, CacheCounts::size))
                    .description("Entries in the cache now")
                    .tag("cache", name)
                    .register(registry);
            Gauge.builder("studybot.cache.hit.ratio", cache, c -> hitRatio(c, name))
                    .description("Hits per lookup since the start (NaN before the first lookup)")
                    .tag("cache", name)
                    .register(registry);
        }
    }

    private void counter(
            CountedCache cache, String name, String meter, String description, ToDoubleFunction<CacheCounts> count) {
        FunctionCounter.builder(meter, cache, c -> read(c, name, count))
                .description(description)
                .tag("cache", name)
                .register(registry);
    }

    private static double read(CountedCache cache, String name, ToDoubleFunction<CacheCounts> figure) {
        return find(cache, name).map(figure::applyAsDouble).orElse(Double.NaN);
    }

    private static double hitRatio(CountedCache cache, String name) {
        return find(cache, name)
                .filter(c -> c.hits() + c.misses() > 0)
                .map(c -> (double) c.hits() / (c.hits() + c.misses()))
                .orElse(Double.NaN);
    }

    private static Optional<CacheCounts> find(CountedCache cache, String name) {
        return cache.cacheCounts().stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
