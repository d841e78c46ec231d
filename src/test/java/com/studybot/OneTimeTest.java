package com.studybot;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.adapter.index.HashingEmbedderAccess;
import com.studybot.config.ConfigLoader;
import com.studybot.core.common.MetricsSource;
import com.studybot.core.common.Progress;
import com.studybot.testing.MovableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One time for the whole bot: moving the clock a test gives the engine moves its caches and conversations too. */
final class OneTimeTest {
    @TempDir
    Path notes;

    @TempDir
    Path data;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-06T10:00:00Z"));

    @Test
    void conversationsAndCachedAnswersExpireByTheClockTheTestMoves() throws IOException {
        Files.writeString(notes.resolve("ecs.md"), "# ECS\n\nAmazon ECS runs containers on AWS.\n");
        var config = new ConfigLoader(Map.of(), Path.of("").toAbsolutePath())
                .load(Optional.empty(), Map.of("content.dir", notes.toString(), "data.dir", data.toString()));
        try (var wiring = new Wiring(config, HashingEmbedderAccess.models(), true, clock)) {
            wiring.sync(Progress.NONE);
            wiring.conversations().remember("ann", "What is ECS?");
            wiring.answerer().answer("What runs containers?", 5);
            wiring.answerer().answer("What runs containers?", 5);
            String cachedOnce = answerCache(wiring);
            clock.advance(Duration.ofMinutes(14));
            assertThat(wiring.conversations().previous("ann")).contains("What is ECS?");
            clock.advance(Duration.ofMinutes(2)); // 16 minutes: a follow-up is read by the question before it no more
            assertThat(wiring.conversations().previous("ann")).isEmpty();
            clock.advance(config.cache().answers().ttl()); // the cached answer has expired as well
            wiring.answerer().answer("What runs containers?", 5);
            assertThat(cachedOnce).contains("1 hits / 2 requests");
            assertThat(answerCache(wiring)).contains("1 hits / 3 requests");
        }
    }

    @Test
    void theSystemClockKeepsTheSystemTicker() {
        assertThat(Time.following(Clock.systemUTC())).isEqualTo(Time.system());
    }

    private static String answerCache(Wiring wiring) {
        return wiring.metrics().stream()
                .map(MetricsSource::metrics)
                .flatMap(m -> m.entrySet().stream())
                .filter(e -> e.getKey().startsWith("Answer"))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no answer cache in the metrics"));
    }
}
