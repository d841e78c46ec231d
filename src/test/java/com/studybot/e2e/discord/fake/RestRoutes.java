package com.studybot.e2e.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.studybot.e2e.discord.fake.FakeRest.Response;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

/**
 * The REST routes of section 4 of the notes, answered from the fake's state: the self user, command
 * overwrites (echoed with ids that stay stable per name and scope), channel messages and threads. The
 * interaction callback and webhook routes are in {@link InteractionRoutes}.
 */
final class RestRoutes {
    private static final String ID = "([^/]+)";

    private final Snowflakes ids;
    private final Clock clock;
    private final MessageStore store;
    private final java.util.function.Function<String, FakeGuild> guildOf;
    private final java.util.function.Supplier<ObjectNode> gatewayBot;
    private final ObjectNode self;
    private final String appId;
    private final Map<String, ArrayNode> commandsByScope = new ConcurrentHashMap<>();
    private final List<Route> routes;
    private final InteractionRoutes interactions;
    private final String botRoleId;
    private final Map<String, Long> lastEdit = new ConcurrentHashMap<>();
    private final List<String> refusals = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final PostBurst burst;
    private final Faults faults = new Faults();

    private record Route(String method, Pattern path, BiFunction<RecordedCall, Matcher, Response> handler) {
        Route(String method, String regex, BiFunction<RecordedCall, Matcher, Response> handler) {
            this(method, Pattern.compile(regex), handler);
        }
    }

    RestRoutes(
            Snowflakes ids,
            Clock clock,
            MessageStore store,
            java.util.function.Function<String, FakeGuild> guildOf,
            java.util.function.Supplier<ObjectNode> gatewayBot,
            ObjectNode self,
            String appId,
            String botRoleId,
            java.util.function.LongSupplier nanos) {
        this.botRoleId = botRoleId;
        this.burst = new PostBurst(nanos);
        this.ids = ids;
        this.clock = clock;
        this.store = store;
        this.guildOf = guildOf;
        this.gatewayBot = gatewayBot;
        this.self = self;
        this.appId = appId;
        this.interactions = new InteractionRoutes(store, appId, refusals::add);
        this.routes = table(interactions);
    }

    private List<Route> table(InteractionRoutes interactions) {
        return List.of(
                new Route("GET", "users/@me", this::selfUser),
                new Route("GET", "gateway/bot", (call, m) -> Response.of(200, gatewayBot.get())),
                new Route("PUT", "applications/" + ID + "/commands", (call, m) -> commands(call, Optional.empty())),
                new Route(
                        "PUT",
                        "applications/" + ID + "/guilds/" + ID + "/commands",
                        (call, m) -> commands(call, Optional.of(m.group(2)))),
                new Route("POST", "interactions/" + ID + "/" + ID + "/callback", interactions::callback),
                new Route("POST", "webhooks/" + ID + "/" + ID, interactions::followUp),
                new Route("PATCH", "webhooks/" + ID + "/" + ID + "/messages/" + ID, interactions::editWebhookMessage),
                new Route("GET", "webhooks/" + ID + "/" + ID + "/messages/" + ID, interactions::getWebhookMessage),
                new Route(
                        "DELETE", "webhooks/" + ID + "/" + ID + "/messages/" + ID, interactions::deleteWebhookMessage),
                new Route("POST", "channels/" + ID + "/messages", this::postMessage),
                new Route("PATCH", "channels/" + ID + "/messages/" + ID, this::editMessage),
                new Route("POST", "channels/" + ID + "/messages/" + ID + "/threads", this::startThread),
                new Route("POST", "channels/" + ID + "/threads", this::startThreadAlone));
    }

    Response answer(RecordedCall call) {
        Optional<Response> fault = faults.answer(call);
        if (fault.isPresent()) {
            return fault.get();
        }
        Optional<String> invalid = MessageRules.problem(call);
        if (invalid.isPresent()) {
            refusals.add(call + ": " + invalid.get());
            return Response.error(400, "Invalid Form Body: " + invalid.get(), 50035);
        }
        for (Route route : routes) {
            Matcher m = route.path().matcher(call.path());
            if (route.method().equals(call.method()) && m.matches()) {
                return route.handler().apply(call, m);
            }
        }
        return Response.error(404, "Unknown", 0);
    }

    /** True when a route answers {@code call} (unknown routes get 404 {@code Unknown}). */
    boolean hasRoute(RecordedCall call) {
        return routes.stream()
                .anyMatch(r -> r.method().equals(call.method())
                        && r.path().matcher(call.path()).matches());
    }

    /** The registered command called {@code name} (with its id), from the last PUT of any scope. */
    Optional<JsonNode> command(String name) {
        return commandsByScope.values().stream()
                .flatMap(array -> StreamSupport.stream(array.spliterator(), false))
                .filter(c -> c.path("name").asText().equals(name))
                .findFirst();
    }

    private Optional<String> registeredId(String scope, String name) {
        return StreamSupport.stream(
                        commandsByScope.getOrDefault(scope, Payloads.array()).spliterator(), false)
                .filter(c -> c.path("name").asText().equals(name))
                .map(c -> c.path("id").asText())
                .findFirst();
    }

    private Response selfUser(RecordedCall call, Matcher m) {
        return Response.of(200, self.deepCopy());
    }

    private Response commands(RecordedCall call, Optional<String> guildId) {
        ArrayNode echoed = Payloads.array();
        for (JsonNode sent : call.json()) {
            ObjectNode command = ((ObjectNode) sent.deepCopy())
                    .put(
                            "id",
                            registeredId(
                                            guildId.orElse("global"),
                                            sent.path("name").asText())
                                    .orElseGet(ids::next))
                    .put("application_id", appId)
                    .put("version", ids.next())
                    .put("type", sent.path("type").asInt(1));
            guildId.ifPresent(g -> command.put("guild_id", g));
            echoed.add(command);
        }
        commandsByScope.put(guildId.orElse("global"), echoed);
        return Response.of(200, echoed.deepCopy());
    }

    private Response postMessage(RecordedCall call, Matcher m) {
        FakeGuild guild = guildOf.apply(m.group(1));
        if (!guild.hasChannel(m.group(1))) {
            return Response.error(404, "Unknown Channel", 10003);
        }
        long denied = guild.denied(m.group(1), botRoleId);
        long needed = Permissions.VIEW_CHANNEL
                | Permissions.SEND_MESSAGES
                | (call.json().path("embeds").isEmpty() ? 0 : Permissions.EMBED_LINKS);
        if ((denied & needed) != 0) {
            refusals.add(call + ": posted where the channel's overwrites deny the bot");
            return Response.error(403, "Missing Permissions", 50013);
        }
        Optional<Double> wait = burst.post(m.group(1));
        if (wait.isPresent()) { // Discord's burst limit, which JDA's rate limiter handles: not a refusal
            return Response.rateLimited(wait.get(), "post-messages", PostBurst.LIMIT);
        }
        return Response.message(200, store.post(m.group(1), call.json(), call.attachments()));
    }

    /** Edits a channel message; Discord allows each message about one edit a second, so faster ones get a 429. */
    private Response editMessage(RecordedCall call, Matcher m) {
        FakeGuild guild = guildOf.apply(m.group(1));
        String messageId = m.group(2);
        boolean inChannel = store.find(messageId)
                .filter(msg -> msg.path("channel_id").asText().equals(m.group(1)))
                .isPresent();
        if (!guild.hasChannel(m.group(1)) || !inChannel) {
            return Response.unknownMessage();
        }
        long now = System.nanoTime();
        Long last = lastEdit.put(messageId, now);
        if (last != null && now - last < java.util.concurrent.TimeUnit.SECONDS.toNanos(1)) {
            refusals.add(call + ": a second edit of message " + messageId + " within a second");
            return Response.rateLimited(1, "edit-" + messageId);
        }
        return store.edit(messageId, call.json(), call.attachments())
                .map(msg -> Response.message(200, msg))
                .orElseGet(Response::unknownMessage);
    }

    /** How long after its dispatch each interaction was acknowledged, in nanoseconds. */
    List<Long> acknowledgements() {
        return interactions.acknowledgements();
    }

    /** A thread started without a message: a new id. */
    private Response startThreadAlone(RecordedCall call, Matcher m) {
        FakeGuild guild = guildOf.apply(m.group(1));
        if (!guild.hasChannel(m.group(1))) {
            return Response.error(404, "Unknown Channel", 10003);
        }
        if ((guild.denied(m.group(1), botRoleId) & Permissions.CREATE_PUBLIC_THREADS) != 0) {
            refusals.add(call + ": started a thread where the channel's overwrites deny the bot");
            return Response.error(403, "Missing Permissions", 50013);
        }
        int minutes = call.json().path("auto_archive_duration").asInt(1440);
        String name = call.json().path("name").asText("thread");
        ObjectNode thread = Payloads.thread(
                ids.next(), guild.id(), m.group(1), name, self.path("id").asText(), minutes, clock.instant());
        guild.addThread(thread);
        return Response.of(201, thread);
    }

    /** The failures a test asks for, answered before any route. */
    Faults faults() {
        return faults;
    }

    /** The calls Discord would have refused (invalid bodies, edits over the rate limit), as text. */
    List<String> refusals() {
        return List.copyOf(refusals);
    }

    private Response startThread(RecordedCall call, Matcher m) {
        FakeGuild guild = guildOf.apply(m.group(1));
        if (!guild.hasChannel(m.group(1)) || store.find(m.group(2)).isEmpty()) {
            return Response.unknownMessage();
        }
        // Discord gives a thread started from a message the message's id.
        int minutes = call.json().path("auto_archive_duration").asInt(1440);
        String name = call.json().path("name").asText("thread");
        ObjectNode thread = Payloads.thread(
                m.group(2), guild.id(), m.group(1), name, self.path("id").asText(), minutes, clock.instant());
        guild.addThread(thread);
        return Response.of(201, thread);
    }
}
