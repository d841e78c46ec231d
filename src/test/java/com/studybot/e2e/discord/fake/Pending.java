package com.studybot.e2e.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.studybot.e2e.discord.fake.CallLog.Entry;
import com.studybot.e2e.discord.fake.RecordedCall.Attachment;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * An interaction the fake dispatched, waiting for the bot's answer. {@link #awaitReply} waits for the
 * callback and, when the bot deferred, for the edit of {@code @original} or the follow-up that completes
 * the reply; {@link #awaitFollowUp} waits for each further follow-up. Waiting blocks on the recorded
 * calls with a timeout, never on fixed sleeps.
 */
public final class Pending {
    private final CallLog log;
    private final MessageStore store;
    private final String description;
    private final String channelId;
    private final Predicate<RecordedCall> callback;
    private final Predicate<RecordedCall> originalEdit;
    private final Predicate<RecordedCall> followUp;
    private final int from;
    private int callbackType;
    private int cursor = -1;

    Pending(
            CallLog log,
            MessageStore store,
            MessageStore.Interaction interaction,
            String appId,
            String description,
            int from) {
        this.log = log;
        this.store = store;
        this.description = description;
        this.channelId = interaction.channelId();
        String token = Pattern.quote(interaction.token());
        this.callback = c -> c.is("POST", "interactions/" + interaction.id() + "/" + token + "/callback");
        this.originalEdit = c -> c.is("PATCH", "webhooks/" + appId + "/" + token + "/messages/@original");
        this.followUp = c -> c.is("POST", "webhooks/" + appId + "/" + token);
        this.from = from;
    }

    /**
     * The bot's reply. For callback type 4 or 7 its data; for 5 or 6 (deferred) the following edit of
     * {@code @original} or follow-up; for 9 the modal; for 8 the autocomplete choices.
     *
     * @throws AssertionError naming every recorded call when no callback, or no completion of a deferred
     *     reply, arrives within {@code timeout}
     */
    public synchronized Reply awaitReply(Duration timeout) {
        Entry acknowledged =
                log.await(from, callback, timeout).orElseThrow(() -> failure("no interaction callback", timeout));
        callbackType = acknowledged.call().json().path("type").asInt();
        if (callbackType == 5 || callbackType == 6) {
            Entry completed = log.await(acknowledged.index() + 1, originalEdit.or(followUp), timeout)
                    .orElseThrow(() -> failure(
                            "a deferred callback (type " + callbackType + ") but no edit of @original or follow-up",
                            timeout));
            cursor = completed.index() + 1;
            return reply(completed.call().json(), completed);
        }
        cursor = acknowledged.index() + 1;
        return reply(acknowledged.call().json().path("data"), acknowledged);
    }

    /** The type of the bot's first callback (4 reply, 5 deferred, 9 form…), waiting for it but not for more. */
    public synchronized int awaitAcknowledged(Duration timeout) {
        return log.await(from, callback, timeout)
                .orElseThrow(() -> failure("no interaction callback", timeout))
                .call()
                .json()
                .path("type")
                .asInt();
    }

    /** The next edit of {@code @original} after the reply or the previous edit (an answer shown as it grows). */
    public synchronized Reply awaitEdit(Duration timeout) {
        if (cursor < 0) {
            awaitReply(timeout);
        }
        Entry next = log.await(cursor, originalEdit, timeout)
                .orElseThrow(() -> failure("no further edit of @original", timeout));
        cursor = next.index() + 1;
        return reply(next.call().json(), next);
    }

    /** The next follow-up message (POST to the interaction webhook) after the reply or the previous follow-up. */
    public synchronized Reply awaitFollowUp(Duration timeout) {
        if (cursor < 0) {
            awaitReply(timeout);
        }
        Entry next = log.await(cursor, followUp, timeout).orElseThrow(() -> failure("no further follow-up", timeout));
        cursor = next.index() + 1;
        return reply(next.call().json(), next);
    }

    private Reply reply(JsonNode body, Entry entry) {
        int storedFlags = entry.messageId()
                .flatMap(store::find)
                .map(message -> message.path("flags").asInt())
                .orElse(0);
        boolean ephemeral = ((body.path("flags").asInt(0) | storedFlags) & MessageStore.EPHEMERAL) != 0;
        return new Reply(
                callbackType,
                body,
                entry.call().attachments().stream().map(Attachment::filename).toList(),
                entry.messageId(),
                channelId,
                ephemeral);
    }

    private AssertionError failure(String what, Duration timeout) {
        return new AssertionError("Waiting for the bot's answer to " + description + ": " + what + " within " + timeout
                + ". Recorded REST calls:\n" + log.describe());
    }
}
