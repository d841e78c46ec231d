package com.studybot.e2e.discord.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Five posts a channel in five seconds from the first; the sixth is told how long to wait; a new window resets it. */
final class PostBurstTest {
    private final AtomicLong now = new AtomicLong(1_000);
    private final PostBurst burst = new PostBurst(now::get);

    @Test
    void theSixthPostWithinFiveSecondsWaitsForTheRestOfTheWindow() {
        // GIVEN five posts in channel a, half a second apart
        for (int i = 0; i < PostBurst.LIMIT; i++) {
            assertThat(burst.post("a")).isEmpty();
            now.addAndGet(TimeUnit.MILLISECONDS.toNanos(500));
        }
        // WHEN a sixth comes 2.5 s after the first, and one in channel b
        // THEN the sixth waits the 2.5 s left; channel b has its own limit
        assertThat(burst.post("a")).hasValueSatisfying(s -> assertThat(s).isEqualTo(2.5));
        assertThat(burst.post("b")).isEmpty();
        // WHEN the window is over, posting goes on
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(2_500));
        assertThat(burst.post("a")).isEmpty();
    }
}
