package com.studybot.adapter.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import com.studybot.core.answer.Answer;
import com.studybot.core.answer.Answerer;
import com.studybot.core.common.ReferenceId;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

final class CachingAnswererTest {
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicLong version = new AtomicLong(1);
    private final AtomicLong nanos = new AtomicLong();
    private final Ticker ticker = nanos::get;

    private final Answerer counting = (q, k) -> {
        calls.incrementAndGet();
        return q.contains("fail")
                ? new Answer.Failed(q, ReferenceId.random(), "boom")
                : new Answer.NotInNotes(q, List.of(), List.of(), 0.1);
    };

    private CachingAnswerer cache() {
        return new CachingAnswerer(counting, version::get, 100, Duration.ofMinutes(10), ticker);
    }

    @Test
    void theSameQuestionWrittenDifferentlyIsAnsweredOnce() {
        // GIVEN a cache in front of the answerer
        var cache = cache();
        // WHEN the same question comes three times with different case, spacing and punctuation
        cache.answer("What is Fargate?", 5);
        cache.answer("  what is   FARGATE ", 5);
        cache.answer("What is Fargate？", 5);
        // THEN the answerer ran once and the hit rate shows it
        assertThat(calls).hasValue(1);
        assertThat(cache.metrics().values().iterator().next()).contains("2 hits / 3 requests");
    }

    @Test
    void reindexingChangesTheVersionAndSoTheAnswer() {
        var cache = cache();
        cache.answer("What is Fargate?", 5);
        version.incrementAndGet();
        cache.answer("What is Fargate?", 5);
        assertThat(calls).hasValue(2);
    }

    @Test
    void anotherTopKIsAnotherEntry() {
        var cache = cache();
        cache.answer("What is Fargate?", 5);
        cache.answer("What is Fargate?", 3);
        assertThat(calls).hasValue(2);
    }

    @Test
    void answersExpireAfterTheirTimeToLive() {
        var cache = cache();
        cache.answer("What is Fargate?", 5);
        nanos.addAndGet(Duration.ofMinutes(11).toNanos());
        cache.answer("What is Fargate?", 5);
        assertThat(calls).hasValue(2);
    }

    @Test
    void failuresAreNotCached() {
        var cache = cache();
        cache.answer("please fail", 5);
        cache.answer("please fail", 5);
        assertThat(calls).hasValue(2);
    }
}
