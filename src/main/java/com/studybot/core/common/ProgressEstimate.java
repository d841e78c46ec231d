package com.studybot.core.common;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Items per second and the time left of a long task, read from a ticker in nanoseconds (the bot's one time
 * source). The rate counts from the first update on, so what came before it (loading a model, compiling the
 * first batch's code) does not weigh on it, and is known once {@link #MIN_UPDATES} updates have come. Safe to read
 * from another thread (a progress bar's renderer).
 */
public final class ProgressEstimate {
    /** Updates before a rate is given: the first sets the mark, the next ones measure from it. */
    public static final int MIN_UPDATES = 3;

    private final LongSupplier nanos;
    private long total;
    private long done;
    private int updates;
    private long markDone;
    private long markNanos;
    private long lastNanos;

    public ProgressEstimate(LongSupplier nanos) {
        this.nanos = Objects.requireNonNull(nanos, "nanos");
    }

    /** Starts over for a task of {@code total} items. */
    public synchronized void start(long total) {
        this.total = total;
        this.done = 0;
        this.updates = 0;
    }

    /** {@code done} items of the total are done now. */
    public synchronized void advance(long done) {
        long now = nanos.getAsLong();
        this.done = done;
        if (updates == 0) {
            markDone = done;
            markNanos = now;
        }
        lastNanos = now;
        updates++;
    }

    public synchronized long done() {
        return done;
    }

    public synchronized long total() {
        return total;
    }

    /** Items per second since the first update, once a few updates came and time passed. */
    public synchronized Optional<Double> perSecond() {
        long items = done - markDone;
        long elapsed = lastNanos - markNanos;
        if (updates < MIN_UPDATES || items <= 0 || elapsed <= 0) {
            return Optional.empty();
        }
        return Optional.of(items * 1e9 / elapsed);
    }

    /** The time left at that rate, counted from the last update. */
    public synchronized Optional<Duration> remaining() {
        return perSecond().map(rate -> Duration.ofMillis(Math.round(Math.max(0, total - done) * 1000 / rate)));
    }

    /** "128/1116", then "512/1116, 84.6/s, about 12 s left" once the rate is known. */
    public synchronized String summary() {
        String counts = done + "/" + total;
        Optional<Double> rate = perSecond();
        if (rate.isEmpty()) {
            return counts;
        }
        return String.format(
                Locale.ROOT,
                "%s, %.1f/s, about %s left",
                counts,
                rate.get(),
                words(remaining().get()));
    }

    /** "12 s", "3 min 05 s", "1 h 02 min". */
    static String words(Duration d) {
        long s = d.toSeconds() + (d.toMillisPart() >= 500 ? 1 : 0);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
    }
}
