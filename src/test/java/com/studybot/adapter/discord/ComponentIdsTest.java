package com.studybot.adapter.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.studybot.testing.InMemoryComponentStore;
import com.studybot.testing.MovableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

final class ComponentIdsTest {
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final ComponentIds ids = new ComponentIds(new InMemoryComponentStore(), clock, Duration.ofDays(7));

    @Test
    void aButtonIdLeadsBackToItsPayloadAndAction() {
        // GIVEN
        String base = ids.create("quiz", "alice\tdiscord:1:2\t3");
        // WHEN
        var resolved = ids.resolve(ComponentIds.action(base, "a2"));
        // THEN
        assertThat(resolved).isEqualTo(new ComponentIds.Resolved.Found("quiz", "alice\tdiscord:1:2\t3", "a2"));
        assertThat(ComponentIds.action(base, "a2")).hasSizeLessThanOrEqualTo(100);
    }

    @Test
    void aButtonExpiresAfterItsLifespanAndAnUnknownIdIsUnknown() {
        // GIVEN
        String base = ids.create("ask", "What is a pod?");
        // WHEN a week passes
        clock.advance(Duration.ofDays(7));
        // THEN
        assertThat(ids.resolve(base + ":up")).isInstanceOf(ComponentIds.Resolved.Expired.class);
        assertThat(ids.resolve("quiz:not-stored:a1")).isInstanceOf(ComponentIds.Resolved.Unknown.class);
        assertThat(ids.resolve("garbage")).isInstanceOf(ComponentIds.Resolved.Unknown.class);
    }

    @Test
    void aPrefixWithAColonIsRefused() {
        assertThatThrownBy(() -> ids.create("a:b", "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
