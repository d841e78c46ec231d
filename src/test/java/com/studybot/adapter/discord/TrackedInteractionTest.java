package com.studybot.adapter.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.telemetry.Telemetry;
import com.studybot.core.telemetry.Telemetry.InteractionOutcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

final class TrackedInteractionTest {
    private final AtomicLong nanos = new AtomicLong(1_000);
    private final List<String> reports = new ArrayList<>();
    private final Telemetry telemetry = new Telemetry() {
        @Override
        public void interaction(String command, InteractionOutcome outcome, Duration toAck, Duration toReply) {
            reports.add(command + " " + outcome.tag() + " " + toAck.toMillis() + " " + toReply.toMillis());
        }
    };

    @Test
    void aDeferredInteractionIsAcknowledgedBeforeItsReplyAndTheQueueCounts() {
        // GIVEN it arrives, is deferred 5 ms later, waits 200 ms for a worker and takes 1 s
        var tracked = new TrackedInteraction(telemetry, nanos::get, "ask");
        nanos.addAndGet(5_000_000);
        tracked.acknowledged();
        nanos.addAndGet(1_200_000_000);
        // WHEN
        tracked.finished();
        // THEN
        assertThat(reports).containsExactly("ask ok 5 1205");
    }

    @Test
    void aQuickInteractionIsAcknowledgedByItsReplyAndReportedOnceWithItsOutcome() {
        // GIVEN
        var tracked = new TrackedInteraction(telemetry, nanos::get, "button quiz");
        nanos.addAndGet(30_000_000);
        tracked.outcome(InteractionOutcome.EXPIRED);
        // WHEN it ends, and a stray second end comes
        tracked.finished();
        nanos.addAndGet(30_000_000);
        tracked.finished();
        // THEN
        assertThat(reports).containsExactly("button quiz expired 30 30");
    }
}
