package com.studybot.adapter.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.studybot.testing.InMemoryComponentStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

final class ComponentIdsTest {
    /** A clock the test moves by hand. */
    private static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-11-23T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final TestClock clock = new TestClock();
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
        clock.now = clock.now.plus(Duration.ofDays(7));
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
