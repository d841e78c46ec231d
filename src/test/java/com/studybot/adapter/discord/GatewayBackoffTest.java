package com.studybot.adapter.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

final class GatewayBackoffTest {
    @Test
    void theDelayDoublesFromOneSecondUpToTwoMinutes() {
        // GIVEN the production backoff
        var backoff = GatewayBackoff.DEFAULT;
        // WHEN it is asked for the delays after 1 to 10 failures in a row
        var seconds = IntStream.rangeClosed(1, 10)
                .mapToObj(n -> backoff.delay(n).toSeconds())
                .toList();
        // THEN they double, then stay at the cap
        assertThat(seconds).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 64L, 120L, 120L, 120L);
        assertThat(backoff.delay(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void nonsenseIsRefusedByName() {
        assertThatThrownBy(() -> new GatewayBackoff(Duration.ZERO, Duration.ofSeconds(1)))
                .hasMessage("first must be > 0, was PT0S");
        assertThatThrownBy(() -> new GatewayBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .hasMessage("max must be >= first (PT2S), was PT1S");
        assertThatThrownBy(() -> GatewayBackoff.DEFAULT.delay(0)).hasMessage("failures must be >= 1, was 0");
    }
}
