package com.studybot.e2e.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.studybot.e2e.discord.fake.RecordedCall.Attachment;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The messages the bot posted or edited, keyed by id (section 5 of the notes), and the interactions
 * the fake dispatched, keyed by token, with the message each one's {@code @original} points at.
 */
final class MessageStore {
    static final int EPHEMERAL = 64;
    static final int LOADING = 128;

    private final Snowflakes ids;
    private final Clock clock;
    private final ObjectNode author;
    private final Map<String, ObjectNode> byId = new LinkedHashMap<>();
    private final Map<String, List<String>> channelPosts = new HashMap<>();
    private final Map<String, Interaction> interactions = new HashMap<>();
    private final Map<String, String> originals = new HashMap<>();

    /**
     * An interaction the fake dispatched; {@code sourceMessageId} is the clicked message, if any; {@code
     * dispatchedNanos} is when ({@link System#nanoTime()}), for Discord's three seconds to acknowledge it.
     */
    record Interaction(
            String id, String token, String channelId, Optional<String> sourceMessageId, long dispatchedNanos) {
        Interaction(String id, String token, String channelId, Optional<String> sourceMessageId) {
            this(id, token, channelId, sourceMessageId, System.nanoTime());
        }
    }

    MessageStore(Snowflakes ids, Clock clock, ObjectNode author) {
        this.ids = ids;
        this.clock = clock;
        this.author = author;
    }

    /** A new message in {@code channelId} from a message body; {@code extraFlags} are or-ed in. */
    synchronized ObjectNode create(String channelId, JsonNode body, List<Attachment> files, int extraFlags) {
        ObjectNode message = Payloads.object()
                .put("id", ids.next())
                .put("type", 0)
                .put("channel_id", channelId)
                .put("content", "")
                .put("flags", extraFlags)
                .put("timestamp", clock.instant().toString())
                .putNull("edited_timestamp")
                .put("pinned", false)
                .put("tts", body.path("tts").asBoolean(false))
                .put("mention_everyone", false);
        message.set("author", author.deepCopy());
        for (String empty : List.of("mentions", "mention_roles", "attachments", "embeds", "components")) {
            message.putArray(empty);
        }
        apply(message, body, files);
        message.put("flags", message.path("flags").asInt() | body.path("flags").asInt(0));
        if (body.has("nonce")) {
            message.set("nonce", body.path("nonce").deepCopy());
        }
        byId.put(message.path("id").asText(), message);
        return message.deepCopy();
    }

    /**
     * A message posted with {@code POST channels/{id}/messages}; it also shows up in {@link #channelPosts}. With
     * {@code enforce_nonce}, a post whose nonce the bot already used in the channel in the last {@link #NONCE_WINDOW}
     * creates nothing and gets the earlier message back, as Discord does ("checked for uniqueness in the past few
     * minutes"; the fake keeps the short end of that).
     */
    synchronized ObjectNode post(String channelId, JsonNode body, List<Attachment> files) {
        Optional<ObjectNode> same = body.path("enforce_nonce").asBoolean(false) && body.hasNonNull("nonce")
                ? sameNonce(channelId, body.path("nonce").asText())
                : Optional.empty();
        if (same.isPresent()) {
            return same.get().deepCopy();
        }
        ObjectNode message = create(channelId, body, files, 0);
        channelPosts
                .computeIfAbsent(channelId, c -> new ArrayList<>())
                .add(message.path("id").asText());
        return message;
    }

    /** How long Discord remembers a nonce for {@code enforce_nonce} (at least: "the past few minutes"). */
    static final Duration NONCE_WINDOW = Duration.ofMinutes(2);

    private Optional<ObjectNode> sameNonce(String channelId, String nonce) {
        Instant since = clock.instant().minus(NONCE_WINDOW);
        return channelPosts.getOrDefault(channelId, List.of()).stream()
                .map(byId::get)
                .filter(m -> m != null && m.path("nonce").asText("").equals(nonce))
                .filter(m -> !Instant.parse(m.path("timestamp").asText()).isBefore(since))
                .findFirst();
    }

    /** Applies an edit body: fields present replace the old ones; a loading (deferred) message stops loading. */
    synchronized Optional<ObjectNode> edit(String id, JsonNode body, List<Attachment> files) {
        ObjectNode message = byId.get(id);
        if (message == null) {
            return Optional.empty();
        }
        apply(message, body, files);
        message.put("flags", message.path("flags").asInt() & ~LOADING);
        message.put("edited_timestamp", clock.instant().toString());
        return Optional.of(message.deepCopy());
    }

    synchronized boolean delete(String id) {
        return byId.remove(id) != null;
    }

    synchronized Optional<ObjectNode> find(String id) {
        return Optional.ofNullable(byId.get(id)).map(ObjectNode::deepCopy);
    }

    synchronized boolean isLoading(String id) {
        return find(id).map(m -> (m.path("flags").asInt() & LOADING) != 0).orElse(false);
    }

    synchronized List<JsonNode> channelPosts(String channelId) {
        return channelPosts.getOrDefault(channelId, List.of()).stream()
                .map(byId::get)
                .filter(m -> m != null)
                .map(m -> (JsonNode) m.deepCopy())
                .toList();
    }

    synchronized void open(Interaction interaction) {
        interactions.put(interaction.token(), interaction);
    }

    synchronized Optional<Interaction> interaction(String token) {
        return Optional.ofNullable(interactions.get(token));
    }

    synchronized void setOriginal(String token, String messageId) {
        originals.put(token, messageId);
    }

    synchronized Optional<String> original(String token) {
        return Optional.ofNullable(originals.get(token));
    }

    private void apply(ObjectNode message, JsonNode body, List<Attachment> files) {
        if (body.has("content")) {
            message.put("content", body.path("content").asText(""));
        }
        if (body.has("embeds")) {
            ArrayNode embeds = message.putArray("embeds");
            body.path("embeds").forEach(e -> embeds.add(e.deepCopy()));
            embeds.forEach(e -> ((ObjectNode) e).put("type", e.path("type").asText("rich")));
        }
        if (body.has("components")) {
            message.set("components", withIds(body.path("components").deepCopy()));
        }
        if (!files.isEmpty() || body.has("attachments")) {
            message.set("attachments", attachments(message, body, files));
        }
    }

    /** Kept attachments the body names by id, then one entry per uploaded file. */
    private ArrayNode attachments(ObjectNode message, JsonNode body, List<Attachment> files) {
        Set<String> kept = new HashSet<>();
        body.path("attachments").forEach(a -> kept.add(a.path("id").asText()));
        ArrayNode result = Payloads.array();
        message.path("attachments").forEach(a -> {
            if (kept.contains(a.path("id").asText())) {
                result.add(a.deepCopy());
            }
        });
        for (Attachment file : files) {
            String id = ids.next();
            String url = "https://cdn.discordapp.com/attachments/"
                    + message.path("channel_id").asText() + "/" + id + "/" + file.filename();
            result.addObject()
                    .put("id", id)
                    .put("filename", file.filename())
                    .put("size", file.size())
                    .put("url", url)
                    .put("proxy_url", url.replace("cdn.discordapp.com", "media.discordapp.net"))
                    .put("content_type", file.contentType());
        }
        return result;
    }

    /** Discord numbers every component that has no {@code id}; JDA 6 reads those ids back. */
    private static JsonNode withIds(JsonNode components) {
        Set<Integer> used = new HashSet<>();
        collectIds(components, used);
        int[] next = {1};
        assignIds(components, used, next);
        return components;
    }

    private static void collectIds(JsonNode node, Set<Integer> used) {
        if (node.isObject() && node.has("type") && node.path("id").isInt()) {
            used.add(node.path("id").asInt());
        }
        node.forEach(child -> collectIds(child, used));
    }

    private static void assignIds(JsonNode node, Set<Integer> used, int[] next) {
        if (node.isObject() && node.has("type") && !node.path("id").isInt()) {
            while (used.contains(next[0])) {
                next[0]++;
            }
            used.add(next[0]);
            ((ObjectNode) node).put("id", next[0]);
        }
        node.forEach(child -> assignIds(child, used, next));
    }
}
