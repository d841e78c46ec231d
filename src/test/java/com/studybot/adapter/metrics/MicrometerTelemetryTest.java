package com.studybot.adapter.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.studybot.core.answer.Answer;
import com.studybot.core.telemetry.CacheCounts;
import com.studybot.core.telemetry.Telemetry.DailyOutcome;
import com.studybot.core.telemetry.Telemetry.InteractionOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

final class MicrometerTelemetryTest {
    private final MicrometerTelemetry telemetry = new MicrometerTelemetry();

    private PrometheusText scraped() {
        return PrometheusText.parse(telemetry.scrape());
    }

    @Test
    void interactionsAreCountedAndTimedByCommandAndOutcome() {
        // WHEN two /ask and one failed quiz button come through
        telemetry.interaction("ask", InteractionOutcome.OK, Duration.ofMillis(40), Duration.ofMillis(900));
        telemetry.interaction("ask", InteractionOutcome.OK, Duration.ofMillis(60), Duration.ofMillis(1100));
        telemetry.interaction("button quiz", InteractionOutcome.FAILED, Duration.ofMillis(5), Duration.ofMillis(7));
        // THEN
        PrometheusText text = scraped();
        var ask = Map.of("command", "ask", "outcome", "ok");
        assertThat(text.family("studybot_interactions_total").orElseThrow().type())
                .isEqualTo("counter");
        assertThat(text.value("studybot_interactions_total", ask)).contains(2.0);
        assertThat(text.value("studybot_interactions_total", Map.of("command", "button quiz", "outcome", "failed")))
                .contains(1.0);
        assertThat(text.family("studybot_interaction_ack_seconds").orElseThrow().type())
                .isEqualTo("histogram");
        assertThat(text.value("studybot_interaction_ack_seconds_count", ask)).contains(2.0);
        assertThat(text.value("studybot_interaction_ack_seconds_sum", ask).orElseThrow())
                .isCloseTo(0.1, within(1e-9));
        assertThat(text.value("studybot_interaction_reply_seconds_sum", ask).orElseThrow())
                .isCloseTo(2.0, within(1e-9));
        // the buckets are cumulative: both acknowledgements came within 100 ms, no reply did
        assertThat(text.value(
                        "studybot_interaction_ack_seconds_bucket",
                        Map.of("command", "ask", "outcome", "ok", "le", "0.1")))
                .contains(2.0);
        assertThat(text.value(
                        "studybot_interaction_reply_seconds_bucket",
                        Map.of("command", "ask", "outcome", "ok", "le", "0.1")))
                .contains(0.0);
        assertThat(text.value(
                        "studybot_interaction_reply_seconds_bucket",
                        Map.of("command", "ask", "outcome", "ok", "le", "3.0")))
                .contains(2.0);
    }

    @Test
    void answersQuizAnswersDailyPostsAndDatabaseErrorsAreCountedByTheirTags() {
        // WHEN
        telemetry.answer(Answer.Kind.ANSWERED);
        telemetry.answer(Answer.Kind.NOT_IN_NOTES);
        telemetry.answer(Answer.Kind.NOT_IN_NOTES);
        telemetry.answer(Answer.Kind.CLOSEST);
        telemetry.quizAnswer(true);
        telemetry.quizAnswer(false);
        telemetry.quizAnswer(true);
        telemetry.dailyPost(DailyOutcome.SENT, "sent");
        telemetry.dailyPost(DailyOutcome.FAILED, "missing_permission");
        telemetry.dailyPost(DailyOutcome.SKIPPED, "catch_up_passed");
        telemetry.databaseError("saving a quiz");
        // THEN
        PrometheusText text = scraped();
        assertThat(text.value("studybot_answers_total", Map.of("outcome", "answered")))
                .contains(1.0);
        assertThat(text.value("studybot_answers_total", Map.of("outcome", "not_in_notes")))
                .contains(2.0);
        assertThat(text.value("studybot_answers_total", Map.of("outcome", "closest")))
                .contains(1.0);
        assertThat(text.value("studybot_quiz_answers_total", Map.of("result", "correct")))
                .contains(2.0);
        assertThat(text.value("studybot_quiz_answers_total", Map.of("result", "wrong")))
                .contains(1.0);
        assertThat(text.value("studybot_daily_posts_total", Map.of("outcome", "sent", "reason", "sent")))
                .contains(1.0);
        assertThat(text.value(
                        "studybot_daily_posts_total", Map.of("outcome", "failed", "reason", "missing_permission")))
                .contains(1.0);
        assertThat(text.value("studybot_daily_posts_total", Map.of("outcome", "skipped", "reason", "catch_up_passed")))
                .contains(1.0);
        assertThat(text.value("studybot_database_errors_total", Map.of("operation", "saving a quiz")))
                .contains(1.0);
    }

    @Test
    void modelTimesAndTheIndexAreReported() {
        // WHEN
        telemetry.modelLoad("all-minilm-l6-v2-q", Duration.ofMillis(1500));
        telemetry.queryEmbedding("all-minilm-l6-v2-q", Duration.ofMillis(8));
        telemetry.queryEmbedding("all-minilm-l6-v2-q", Duration.ofMillis(12));
        telemetry.indexSynced(412, Instant.parse("2026-12-06T07:30:00Z"));
        // THEN
        PrometheusText text = scraped();
        var model = Map.of("model", "all-minilm-l6-v2-q");
        assertThat(text.value("studybot_model_load_seconds_sum", model).orElseThrow())
                .isCloseTo(1.5, within(1e-9));
        assertThat(text.value("studybot_embedding_query_seconds_count", model)).contains(2.0);
        assertThat(text.value("studybot_embedding_query_seconds_sum", model).orElseThrow())
                .isCloseTo(0.02, within(1e-9));
        assertThat(text.family("studybot_index_chunks").orElseThrow().type()).isEqualTo("gauge");
        assertThat(text.value("studybot_index_chunks", Map.of())).contains(412.0);
        assertThat(text.value("studybot_index_last_sync_seconds", Map.of()))
                .contains((double) Instant.parse("2026-12-06T07:30:00Z").getEpochSecond());
    }

    @Test
    void aWatchedCacheIsReadWhenScraped() {
        // GIVEN a cache whose counts move
        var hits = new AtomicLong();
        var misses = new AtomicLong();
        telemetry.watchCache(() -> List.of(new CacheCounts("answers", hits.get(), misses.get(), 3)));
        // WHEN it is scraped before and after lookups
        PrometheusText before = scraped();
        // nothing but the telemetry holds the cache: a collection between scrapes must not lose it (it did,
        // once in a full build, as Micrometer's meters hold what they read weakly)
        System.gc();
        hits.set(3);
        misses.set(1);
        PrometheusText after = scraped();
        // THEN
        var answers = Map.of("cache", "answers");
        assertThat(before.value("studybot_cache_hits_total", answers)).contains(0.0);
        assertThat(before.value("studybot_cache_hit_ratio", answers).orElseThrow())
                .isNaN();
        assertThat(after.value("studybot_cache_hits_total", answers)).contains(3.0);
        assertThat(after.value("studybot_cache_misses_total", answers)).contains(1.0);
        assertThat(after.value("studybot_cache_hit_ratio", answers)).contains(0.75);
        assertThat(after.value("studybot_cache_size", answers)).contains(3.0);
        assertThat(after.family("studybot_cache_hits_total").orElseThrow().type())
                .isEqualTo("counter");
    }

    @Test
    void theJvmIsReportedToo() {
        assertThat(scraped().families()).containsKeys("jvm_memory_used_bytes", "process_uptime_seconds");
    }
}
