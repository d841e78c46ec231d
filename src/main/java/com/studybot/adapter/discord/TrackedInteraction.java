package com.studybot.adapter.discord;

import com.studybot.core.telemetry.Telemetry;
import com.studybot.core.telemetry.Telemetry.InteractionOutcome;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * One interaction's times, from its arrival at the router (before it waits for a worker) to its acknowledgement and
 * to the end of its handling, reported to the telemetry once, when it ends. An interaction acknowledged by its reply
 * (a quick one) has the same time for both.
 */
final class TrackedInteraction {
    private final Telemetry telemetry;
    private final LongSupplier nanos;
    private final String command;
    private final long arrived;
    private final AtomicBoolean reported = new AtomicBoolean();
    private volatile long acknowledged = -1;
    private volatile InteractionOutcome outcome = InteractionOutcome.OK;

    TrackedInteraction(Telemetry telemetry, LongSupplier nanos, String command) {
        this.telemetry = telemetry;
        this.nanos = nanos;
        this.command = command;
        this.arrived = nanos.getAsLong();
    }

    /** The interaction was acknowledged now (a defer); later calls change nothing. */
    void acknowledged() {
        if (acknowledged < 0) {
            acknowledged = nanos.getAsLong();
        }
    }

    /** How it ended, when not {@link InteractionOutcome#OK}. */
    void outcome(InteractionOutcome o) {
        outcome = o;
    }

    /** Its handling ended now: reported, once. */
    void finished() {
        if (reported.compareAndSet(false, true)) {
            long now = nanos.getAsLong();
            long ack = acknowledged < 0 ? now : acknowledged;
            telemetry.interaction(command, outcome, Duration.ofNanos(ack - arrived), Duration.ofNanos(now - arrived));
        }
    }
}
