package com.studybot.core.telemetry;

import com.studybot.core.answer.Answer;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * What the bot tells the operator's metrics: each method reports one thing that happened, and returns at once.
 * Every method does nothing by default, so {@link #NONE} (tests, tools, metrics off) costs nothing and a fake
 * overrides only what it checks.
 *
 * <p>House rule 3 (ports of 1-3 methods) is waived here, with reason: this is one sink for every figure an
 * operator watches, so each adapter takes a single constructor argument; its methods are independent
 * notifications, each defaulting to nothing, so the port stays as cheap to fake as a one-method one.
 */
public interface Telemetry {
    /** Reports nothing. */
    Telemetry NONE = new Telemetry() {};

    /** How an interaction ended, as the router saw it. */
    enum InteractionOutcome {
        /** Handled (whatever the handler said to the user). */
        OK,
        /** Refused at once on arrival (a cooldown, a missing permission): answered, nothing more to do. */
        REFUSED,
        /** A button or form whose id expired or was never stored. */
        EXPIRED,
        /** The workers' queue was full: the user was asked to try again. */
        BUSY,
        /** The catch-all apologized (a bug, a database or Discord failure). */
        FAILED,
        /** A command this bot does not (any more) know. */
        UNKNOWN;

        /** How the outcome is spelt in tags. */
        public String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What became of a daily post that was due. */
    enum DailyOutcome {
        SENT,
        /** Not sent and not to be: its time passed beyond the catch-up window (the bot was down). */
        SKIPPED,
        /** Discord refused it for good, or failed and the next round tries again (see the reason). */
        FAILED;

        public String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One interaction: {@code command} names it with few values ("ask", "quiz start", "button quiz"); {@code
     * toAck} is the time from its arrival at the bot (the workers' queue included) to its acknowledgement (a reply
     * or a defer), {@code toReply} to the end of its handling (its reply sent or queued).
     */
    default void interaction(String command, InteractionOutcome outcome, Duration toAck, Duration toReply) {}

    /** One question answered for a user: answered, closest passage, not in the notes, or failed. */
    default void answer(Answer.Kind outcome) {}

    /** One graded quiz answer. */
    default void quizAnswer(boolean correct) {}

    /** One daily post's fate; {@code reason} is a short tag with few values ("sent", "channel_gone"…). */
    default void dailyPost(DailyOutcome outcome, String reason) {}

    /** The database failed while doing {@code operation} (a short description with few values). */
    default void databaseError(String operation) {}

    /** One query embedded by {@code model} (the model's own time, not a cache hit's). */
    default void queryEmbedding(String model, Duration took) {}

    /** An embedding model was loaded. */
    default void modelLoad(String model, Duration took) {}

    /** The index was brought up to date at {@code at} and now holds {@code chunks} passages. */
    default void indexSynced(long chunks, Instant at) {}

    /** From now on, report {@code cache}'s hits and misses (read when the metrics are read). */
    default void watchCache(CountedCache cache) {}
}
