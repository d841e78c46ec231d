package com.studybot.e2e.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A member of the fake guild who uses the bot: runs slash commands, clicks buttons, fills in modals and
 * types into autocompleted options. Each action dispatches an INTERACTION_CREATE and returns a
 * {@link Pending} to await the bot's answer.
 */
public final class TestUser {
    /** How long {@link #autocomplete} waits for the bot's choices. */
    public static final Duration AUTOCOMPLETE_TIMEOUT = Duration.ofSeconds(10);

    private final FakeDiscord discord;
    private final ObjectNode member;
    private final long permissions;
    private final String channelId;

    TestUser(FakeDiscord discord, ObjectNode member, long permissions, String channelId) {
        this.discord = discord;
        this.channelId = channelId;
        this.member = member.deepCopy();
        this.member.remove("guild_id");
        this.permissions = permissions;
    }

    public String id() {
        return member.path("user").path("id").asText();
    }

    public String name() {
        return member.path("user").path("username").asText();
    }

    /** The permission bits the user has in every channel (sent as the interaction member's permissions). */
    public long permissions() {
        return permissions;
    }

    /** The channel "general" of the user's guild, where {@link #slash(String, Map)} runs. */
    public String channelId() {
        return channelId;
    }

    /**
     * Runs a slash command in the default channel (the user's guild's "general"). {@code command} is a name ({@code "ask"}) or a name and
     * sub-command ({@code "quiz start"}; with a group, {@code "admin quiz reset"}). Option values: String
     * (type 3), Integer or Long (4), Boolean (5), Double (10), {@link FakeDiscord.Attachment} (11) and {@link
     * FakeDiscord.RoleOption} (8), the last two with their {@code data.resolved} entries.
     */
    public Pending slash(String command, Map<String, Object> options) {
        return slash(channelId, command, options);
    }

    public Pending slash(String channelId, String command, Map<String, Object> options) {
        ArrayNode values = Payloads.array();
        options.forEach((name, value) -> values.add(option(name, value)));
        ObjectNode data = commandData(command, values);
        ObjectNode resolved = discord.resolved(options.values());
        if (!resolved.isEmpty()) {
            data.set("resolved", resolved);
        }
        return discord.interact(this, channelId, 2, data, Optional.empty(), "/" + command);
    }

    /** Clicks the button labelled {@code buttonLabel} on the message of {@code message}. */
    public Pending click(Reply message, String buttonLabel) {
        Reply.Button button = message.buttons().stream()
                .filter(b -> b.label().equals(buttonLabel))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button labelled '" + buttonLabel + "'; buttons: "
                        + message.buttons().stream().map(Reply.Button::label).collect(Collectors.toList())
                        + " in " + message));
        return clickId(message.messageId(), button.customId());
    }

    /** Clicks the button with {@code customId} on a message the bot posted or edited. */
    public Pending clickId(String messageId, String customId) {
        ObjectNode message = discord.message(messageId)
                .orElseThrow(() -> new AssertionError("the fake knows no message " + messageId));
        ObjectNode data = Payloads.object().put("custom_id", customId).put("component_type", 2);
        return discord.interact(
                this, message.path("channel_id").asText(), 3, data, Optional.of(message), "button " + customId);
    }

    /** Submits the modal of {@code modal} with {@code values} by input custom id (inputs not given are empty). */
    public Pending submit(Reply modal, Map<String, String> values) {
        if (!modal.isModal()) {
            throw new AssertionError("not a modal: " + modal);
        }
        List<String> inputs = modal.modalInputIds();
        if (!inputs.containsAll(values.keySet())) {
            throw new IllegalArgumentException("the modal has inputs " + inputs + ", not all of " + values.keySet());
        }
        ObjectNode data = Payloads.object().put("custom_id", modal.modalId());
        ArrayNode labels = data.putArray("components");
        for (int i = 0; i < inputs.size(); i++) {
            ObjectNode label = labels.addObject().put("type", 18).put("id", 2 * i + 1);
            label.putObject("component")
                    .put("type", 4)
                    .put("id", 2 * i + 2)
                    .put("custom_id", inputs.get(i))
                    .put("value", values.getOrDefault(inputs.get(i), ""));
        }
        return discord.interact(this, modal.channelId(), 5, data, Optional.empty(), "modal " + modal.modalId());
    }

    /** Types {@code typed} into {@code option} of {@code command}; returns the names of the bot's choices. */
    public List<String> autocomplete(String command, String option, String typed) {
        ObjectNode focused = Payloads.object()
                .put("name", option)
                .put("type", optionType(command, option))
                .put("value", typed)
                .put("focused", true);
        ArrayNode values = Payloads.array().add(focused);
        Reply answer = discord.interact(
                        this,
                        channelId,
                        4,
                        commandData(command, values),
                        Optional.empty(),
                        "autocomplete of " + option + " in /" + command)
                .awaitReply(AUTOCOMPLETE_TIMEOUT);
        if (answer.callbackType() != 8) {
            throw new AssertionError(
                    "autocomplete answered with callback type " + answer.callbackType() + ": " + answer);
        }
        return answer.choices();
    }

    ObjectNode member() {
        return member.deepCopy();
    }

    private ObjectNode commandData(String command, ArrayNode options) {
        String[] words = command.trim().split("\\s+");
        Optional<JsonNode> registered = discord.registeredCommand(words[0]);
        ObjectNode data = Payloads.object()
                .put("id", registered.map(c -> c.path("id").asText()).orElseGet(discord::newId))
                .put("name", words[0])
                .put("type", 1);
        registered.map(c -> c.path("guild_id")).filter(JsonNode::isTextual).ifPresent(g -> data.set("guild_id", g));
        ArrayNode nested = options;
        for (int i = words.length - 1; i >= 1; i--) {
            ObjectNode sub = Payloads.object().put("name", words[i]).put("type", i == words.length - 1 ? 1 : 2);
            sub.set("options", nested);
            nested = Payloads.array().add(sub);
        }
        data.set("options", nested);
        return data;
    }

    private int optionType(String command, String option) {
        String[] words = command.trim().split("\\s+");
        JsonNode level = discord.registeredCommand(words[0]).orElse(Payloads.object());
        for (int i = 1; i < words.length; i++) {
            level = named(level.path("options"), words[i]);
        }
        return named(level.path("options"), option).path("type").asInt(3);
    }

    private static JsonNode named(JsonNode options, String name) {
        for (JsonNode candidate : options) {
            if (candidate.path("name").asText().equals(name)) {
                return candidate;
            }
        }
        return Payloads.object();
    }

    private static ObjectNode option(String name, Object value) {
        ObjectNode option = Payloads.object().put("name", name);
        if (value instanceof String s) {
            return option.put("type", 3).put("value", s);
        } else if (value instanceof Integer || value instanceof Long) {
            return option.put("type", 4).put("value", ((Number) value).longValue());
        } else if (value instanceof Boolean b) {
            return option.put("type", 5).put("value", b);
        } else if (value instanceof Double d) {
            return option.put("type", 10).put("value", d);
        } else if (value instanceof FakeDiscord.Attachment a) {
            return option.put("type", 11).put("value", a.id());
        } else if (value instanceof FakeDiscord.RoleOption r) {
            return option.put("type", 8).put("value", r.id());
        }
        throw new IllegalArgumentException("option " + name + ": unsupported value type " + value.getClass());
    }

    @Override
    public String toString() {
        return "TestUser[" + name() + " " + id() + "]";
    }
}
