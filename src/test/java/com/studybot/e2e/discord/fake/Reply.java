package com.studybot.e2e.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * What the bot answered to one interaction, as the user would see it: the data of a type 4/7 callback,
 * the edit or follow-up that completed a deferred (type 5/6) reply, a type 9 modal, or the choices of a
 * type 8 autocomplete answer.
 */
public final class Reply {
    private final int callbackType;
    private final JsonNode body;
    private final List<String> attachmentNames;
    private final Optional<String> messageId;
    private final String channelId;
    private final boolean ephemeral;

    /** A button of the reply, in the order it appears. {@code customId} is empty for a link button. */
    public record Button(String label, String customId, int style, boolean disabled) {
        public Button {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(customId, "customId");
        }
    }

    Reply(
            int callbackType,
            JsonNode body,
            List<String> attachmentNames,
            Optional<String> messageId,
            String channelId,
            boolean ephemeral) {
        this.callbackType = callbackType;
        this.body = body.deepCopy();
        this.attachmentNames = List.copyOf(attachmentNames);
        this.messageId = messageId;
        this.channelId = channelId;
        this.ephemeral = ephemeral;
    }

    /** The message content, empty when there is none. */
    public String text() {
        return body.path("content").asText("");
    }

    public List<JsonNode> embeds() {
        List<JsonNode> embeds = new ArrayList<>();
        body.path("embeds").forEach(e -> embeds.add(e.deepCopy()));
        return List.copyOf(embeds);
    }

    /** Titles, descriptions, field names and values, and footers of all embeds, one a line. */
    public String embedText() {
        List<String> parts = new ArrayList<>();
        for (JsonNode embed : body.path("embeds")) {
            Stream.of(embed.path("author").path("name"), embed.path("title"), embed.path("description"))
                    .forEach(node -> addText(parts, node));
            for (JsonNode field : embed.path("fields")) {
                addText(parts, field.path("name"));
                addText(parts, field.path("value"));
            }
            addText(parts, embed.path("footer").path("text"));
        }
        return String.join("\n", parts);
    }

    public List<Button> buttons() {
        List<Button> buttons = new ArrayList<>();
        walk(body.path("components"), node -> {
            if (node.path("type").asInt() == 2) {
                buttons.add(new Button(
                        node.path("label").asText(""),
                        node.path("custom_id").asText(""),
                        node.path("style").asInt(),
                        node.path("disabled").asBoolean(false)));
            }
        });
        return List.copyOf(buttons);
    }

    /** True when only the user sees it (flag 64 on the message or on the callback that deferred it). */
    public boolean ephemeral() {
        return ephemeral;
    }

    public boolean isModal() {
        return callbackType == 9;
    }

    public String modalTitle() {
        return body.path("title").asText("");
    }

    /** The modal's own custom id (sent back in the submit). */
    public String modalId() {
        return body.path("custom_id").asText("");
    }

    /** The custom ids of the modal's text inputs, in order. */
    public List<String> modalInputIds() {
        List<String> ids = new ArrayList<>();
        walk(body.path("components"), node -> {
            if (node.path("type").asInt() == 4) {
                ids.add(node.path("custom_id").asText());
            }
        });
        return List.copyOf(ids);
    }

    /** The names of the autocomplete choices (callback type 8). */
    public List<String> choices() {
        List<String> names = new ArrayList<>();
        body.path("choices").forEach(choice -> names.add(choice.path("name").asText()));
        return List.copyOf(names);
    }

    /** The id of the message the reply posted or edited; fails for a modal or autocomplete answer. */
    public String messageId() {
        return messageId.orElseThrow(() -> new AssertionError("this reply has no message: " + this));
    }

    public String channelId() {
        return channelId;
    }

    /** The file names uploaded with the reply. */
    public List<String> attachmentNames() {
        return attachmentNames;
    }

    /** The type of the callback that acknowledged the interaction (4, 5, 6, 7, 8 or 9). */
    public int callbackType() {
        return callbackType;
    }

    /** The raw body this reply was read from (callback data, edit or follow-up body). */
    public JsonNode json() {
        return body.deepCopy();
    }

    @Override
    public String toString() {
        return "Reply[callback " + callbackType + ", message " + messageId.orElse("-") + ", ephemeral " + ephemeral
                + ", files " + attachmentNames + ", " + body + "]";
    }

    private static void addText(List<String> parts, JsonNode node) {
        if (node.isTextual() && !node.asText().isEmpty()) {
            parts.add(node.asText());
        }
    }

    private static void walk(JsonNode node, Consumer<JsonNode> visit) {
        if (node.isObject()) {
            visit.accept(node);
        }
        node.forEach(child -> walk(child, visit));
    }
}
