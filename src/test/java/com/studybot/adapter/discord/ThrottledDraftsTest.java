package com.studybot.adapter.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.testing.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ThrottledDraftsTest {
    @Test
    void showsTheFirstDraftAtOnceThenTheNewestOneASecondAfterTheLastShown() {
        var clock = new MovableClock(Instant.parse("2026-12-01T10:00:00Z"));
        List<String> shown = new ArrayList<>();
        var drafts = new ThrottledDrafts(clock, Duration.ofSeconds(1), shown::add);

        drafts.accept("a");
        clock.advance(Duration.ofMillis(400));
        drafts.accept("ab");
        clock.advance(Duration.ofMillis(400));
        drafts.accept("abc");
        clock.advance(Duration.ofMillis(200)); // one second after "a"
        drafts.accept("abcd");
        clock.advance(Duration.ofMillis(999));
        drafts.accept("abcde");
        clock.advance(Duration.ofMillis(1));
        drafts.accept("abcdef");

        assertThat(shown).containsExactly("a", "abcd", "abcdef");
        assertThat(drafts.shown()).isEqualTo(3);
    }
}
