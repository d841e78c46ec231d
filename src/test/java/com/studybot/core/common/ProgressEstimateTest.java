package com.studybot.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The rate and the time left come from the ticker, from the first update on, once a few updates came. */
final class ProgressEstimateTest {
    private final AtomicLong nanos = new AtomicLong(5_000_000_000L);
    private final ProgressEstimate estimate = new ProgressEstimate(nanos::get);

    private void after(Duration d, long done) {
        nanos.addAndGet(d.toNanos());
        estimate.advance(done);
    }

    @Test
    void noEstimateBeforeAFewUpdates() {
        // GIVEN a task of 1,000 items
        estimate.start(1000);
        // WHEN two batches are done
        after(Duration.ofSeconds(3), 32);
        after(Duration.ofSeconds(1), 64);
        // THEN only the counts are known
        assertThat(estimate.perSecond()).isEmpty();
        assertThat(estimate.remaining()).isEmpty();
        assertThat(estimate.summary()).isEqualTo("64/1000");
    }

    @Test
    void theRateCountsFromTheFirstUpdateSoASlowStartDoesNotWeigh() {
        // GIVEN a task of 1,000 items whose first batch took 10 s (a model loading)
        estimate.start(1000);
        after(Duration.ofSeconds(10), 40);
        // WHEN the next batches take 0.5 s per 40 items
        after(Duration.ofMillis(500), 80);
        after(Duration.ofMillis(500), 120);
        after(Duration.ofMillis(500), 160);
        // THEN the rate is 80 items/s and the 840 left take 10.5 s
        assertThat(estimate.perSecond()).hasValueSatisfying(r -> assertThat(r).isCloseTo(80.0, within()));
        assertThat(estimate.remaining()).contains(Duration.ofMillis(10_500));
        assertThat(estimate.summary()).isEqualTo("160/1000, 80.0/s, about 11 s left");
    }

    @Test
    void aNewTaskStartsOver() {
        // GIVEN a finished fast task
        estimate.start(100);
        after(Duration.ofMillis(100), 50);
        after(Duration.ofMillis(100), 75);
        after(Duration.ofMillis(100), 100);
        assertThat(estimate.perSecond()).isPresent();
        // WHEN a second task starts and has one update
        estimate.start(3000);
        after(Duration.ofSeconds(2), 10);
        // THEN nothing of the first task's rate is left
        assertThat(estimate.perSecond()).isEmpty();
        assertThat(estimate.summary()).isEqualTo("10/3000");
    }

    @Test
    void longTimesReadInMinutesAndHours() {
        assertThat(ProgressEstimate.words(Duration.ofMillis(12_400))).isEqualTo("12 s");
        assertThat(ProgressEstimate.words(Duration.ofSeconds(185))).isEqualTo("3 min 05 s");
        assertThat(ProgressEstimate.words(Duration.ofMinutes(62))).isEqualTo("1 h 02 min");
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }
}
