package com.studybot.e2e.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.studybot.e2e.discord.fake.FakeRest.Response;
import com.studybot.e2e.discord.fake.MessageStore.Interaction;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The interaction routes: {@code POST interactions/{id}/{token}/callback} and the interaction webhook
 * ({@code webhooks/{app}/{token}[/messages/{id|@original}]}). A reply (4) or deferred reply (5) creates
 * the {@code @original} message; a deferred update (6) or update (7) makes the clicked message the
 * {@code @original}.
 */
final class InteractionRoutes {
    /** Discord answers "Unknown interaction" to a first callback later than this after the event. */
    static final long ACKNOWLEDGE_WITHIN_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(3);

    private final MessageStore store;
    private final String appId;
    private final java.util.function.Consumer<String> refused;
    private final java.util.Set<String> acknowledged = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.util.Queue<Long> ackNanos = new java.util.concurrent.ConcurrentLinkedQueue<>();

    /** How long after its dispatch each interaction was acknowledged (its first callback), in nanoseconds. */
    List<Long> acknowledgements() {
        return List.copyOf(ackNanos);
    }

    InteractionRoutes(MessageStore store, String appId, java.util.function.Consumer<String> refused) {
        this.store = store;
        this.appId = appId;
        this.refused = refused;
    }

    Response callback(RecordedCall call, Matcher m) {
        Optional<Interaction> found = store.interaction(m.group(2)).filter(i -> i.id().equals(m.group(1)));
        if (found.isEmpty()) {
            return Response.error(404, "Unknown interaction", 10062);
        }
        Interaction interaction = found.get();
        long late = System.nanoTime() - interaction.dispatchedNanos();
        if (acknowledged.add(interaction.id())) {
            ackNanos.add(late);
        }
        if (late > ACKNOWLEDGE_WITHIN_NANOS) {
            refused.accept(call + ": acknowledged " + late / 1_000_000 + " ms after the event (Discord allows 3 s)");
            return Response.error(404, "Unknown interaction", 10062);
        }
        JsonNode data = call.json().path("data");
        int type = call.json().path("type").asInt();
        Optional<String> messageId = switch (type) {
            case 4 ->
                Optional.of(original(interaction, store.create(interaction.channelId(), data, call.attachments(), 0)));
            case 5 ->
                Optional.of(original(
                        interaction,
                        store.create(
                                interaction.channelId(),
                                Payloads.object(),
                                List.of(),
                                MessageStore.LOADING | (data.path("flags").asInt() & MessageStore.EPHEMERAL))));
            case 6 -> interaction.sourceMessageId().map(id -> remember(interaction, id));
            case 7 ->
                interaction
                        .sourceMessageId()
                        .flatMap(id -> store.edit(id, data, call.attachments()))
                        .map(message -> original(interaction, message));
            default -> Optional.empty();
        };
        return new Response(204, MissingNode.getInstance(), messageId);
    }

    private String original(Interaction interaction, JsonNode message) {
        return remember(interaction, message.path("id").asText());
    }

    private String remember(Interaction interaction, String messageId) {
        store.setOriginal(interaction.token(), messageId);
        return messageId;
    }

    Response followUp(RecordedCall call, Matcher m) {
        Optional<Interaction> interaction = webhook(m);
        if (interaction.isEmpty()) {
            return Response.error(404, "Unknown Webhook", 10015);
        }
        Optional<String> loading = store.original(m.group(2)).filter(store::isLoading);
        if (loading.isPresent()) {
            // Discord: the first follow-up after a deferred reply edits the loading message.
            return Response.message(
                    200,
                    store.edit(loading.get(), call.json(), call.attachments()).orElseThrow());
        }
        return Response.message(200, store.create(interaction.get().channelId(), call.json(), call.attachments(), 0));
    }

    Response editWebhookMessage(RecordedCall call, Matcher m) {
        Optional<Interaction> interaction = webhook(m);
        if (interaction.isEmpty()) {
            return Response.error(404, "Unknown Webhook", 10015);
        }
        String messageId = messageId(interaction.get(), m.group(3))
                .orElseGet(() -> original(
                        interaction.get(),
                        store.create(interaction.get().channelId(), Payloads.object(), List.of(), 0)));
        return store.edit(messageId, call.json(), call.attachments())
                .map(message -> Response.message(200, message))
                .orElseGet(Response::unknownMessage);
    }

    Response getWebhookMessage(RecordedCall call, Matcher m) {
        return webhook(m)
                .flatMap(i -> messageId(i, m.group(3)))
                .flatMap(store::find)
                .map(message -> Response.of(200, message))
                .orElseGet(Response::unknownMessage);
    }

    Response deleteWebhookMessage(RecordedCall call, Matcher m) {
        boolean deleted = webhook(m)
                .flatMap(i -> messageId(i, m.group(3)))
                .map(store::delete)
                .orElse(false);
        return deleted ? Response.of(204, MissingNode.getInstance()) : Response.unknownMessage();
    }

    private Optional<Interaction> webhook(Matcher m) {
        return m.group(1).equals(appId) ? store.interaction(m.group(2)) : Optional.empty();
    }

    private Optional<String> messageId(Interaction interaction, String pathId) {
        if (!pathId.equals("@original")) {
            return Optional.of(pathId);
        }
        return store.original(interaction.token()).or(interaction::sourceMessageId);
    }
}
