package com.studybot.e2e.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What Discord refuses in a body with 400 Invalid Form Body (50035): content over 2,000 characters, more than 5
 * action rows or 5 buttons in a row, a button label over 80 or a custom id over 100 characters, more than 10
 * embeds, an embed title over 256 or description over 4,096 characters, or embeds over 6,000 characters in all;
 * a form (modal) with a title over 45 characters, more than 5 fields or a field label over 45; more than 25
 * autocomplete choices or a choice over 100; a command whose name is not 1–32 lower-case characters, whose
 * description is not 1–100 characters, or with more than 25 options or choices; a message nonce over 25 characters.
 */
final class MessageRules {
    private static final Pattern BODIES = Pattern.compile(
            "channels/[^/]+/messages(/[^/]+)?|webhooks/[^/]+/[^/]+(/messages/[^/]+)?|interactions/[^/]+/[^/]+/callback");

    private MessageRules() {}

    /** Why Discord would refuse the message, form, choices or commands this call sends, if it would. */
    static Optional<String> problem(RecordedCall call) {
        if (call.method().equals("PUT") && call.path().matches("applications/.*commands")) {
            for (JsonNode command : call.json()) {
                Optional<String> bad = command(command, "");
                if (bad.isPresent()) {
                    return bad;
                }
            }
            return Optional.empty();
        }
        if (call.path().endsWith("/callback") && call.json().path("type").asInt() == 9) {
            return modal(call.json().path("data"));
        }
        if (call.path().endsWith("/callback") && call.json().path("type").asInt() == 8) {
            JsonNode choices = call.json().path("data").path("choices");
            if (choices.size() > 25) {
                return Optional.of("data.choices: Must be 25 or fewer in length.");
            }
            for (JsonNode c : choices) {
                if (c.path("name").asText("").isEmpty()
                        || c.path("name").asText("").length() > 100
                        || c.path("value").asText("").length() > 100) {
                    return Optional.of("data.choices.name/value: Must be between 1 and 100 in length.");
                }
            }
            return Optional.empty();
        }
        return message(call);
    }

    private static Optional<String> modal(JsonNode data) {
        if (data.path("title").asText("").isEmpty()
                || data.path("title").asText("").length() > 45) {
            return Optional.of("data.title: Must be between 1 and 45 in length.");
        }
        if (data.path("components").size() > 5) {
            return Optional.of("data.components: Must be 5 or fewer in length.");
        }
        for (JsonNode label : data.path("components")) {
            if (label.path("label").asText("").length() > 45
                    || label.path("component").path("custom_id").asText("").length() > 100) {
                return Optional.of("data.components.label: Must be 45 or fewer in length.");
            }
        }
        return Optional.empty();
    }

    /** A command (or one of its sub-commands and options, {@code at} naming where), as Discord checks it. */
    private static Optional<String> command(JsonNode c, String at) {
        String name = c.path("name").asText("");
        if (!name.matches("[-_\\p{Ll}\\p{N}]{1,32}")) {
            return Optional.of(at + "name \"" + name + "\": must be 1-32 lower-case characters.");
        }
        String description = c.path("description").asText("");
        if (c.path("type").asInt(1) <= 11 && (description.isEmpty() || description.length() > 100)) {
            return Optional.of(at + name + ".description: Must be between 1 and 100 in length.");
        }
        if (c.path("options").size() > 25 || c.path("choices").size() > 25) {
            return Optional.of(at + name + ".options/choices: Must be 25 or fewer in length.");
        }
        for (JsonNode choice : c.path("choices")) {
            if (choice.path("name").asText("").isEmpty()
                    || choice.path("name").asText("").length() > 100) {
                return Optional.of(at + name + ".choices.name: Must be between 1 and 100 in length.");
            }
        }
        for (JsonNode option : c.path("options")) {
            Optional<String> bad = command(option, at + name + ".");
            if (bad.isPresent()) {
                return bad;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> message(RecordedCall call) {
        if (!(call.method().equals("POST") || call.method().equals("PATCH"))
                || !BODIES.matcher(call.path()).matches()
                || call.path().endsWith("/threads")) {
            return Optional.empty();
        }
        JsonNode body = call.path().endsWith("/callback") ? call.json().path("data") : call.json();
        if (body.path("nonce").asText("").length() > 25) {
            return Optional.of("nonce: Must be 25 or fewer in length.");
        }
        if (body.path("content").asText("").length() > 2000) {
            return Optional.of("content: Must be 2000 or fewer in length.");
        }
        JsonNode rows = body.path("components");
        if (rows.size() > 5 && rows.path(0).path("type").asInt() == 1) {
            return Optional.of("components: Must be 5 or fewer in length.");
        }
        for (JsonNode row : rows) {
            if (row.path("type").asInt() != 1) {
                continue; // a modal's labels, checked by Discord otherwise
            }
            if (row.path("components").size() > 5) {
                return Optional.of("components.components: Must be 5 or fewer in length.");
            }
            for (JsonNode button : row.path("components")) {
                if (button.path("label").asText("").length() > 80) {
                    return Optional.of("components.components.label: Must be 80 or fewer in length.");
                }
                if (button.path("custom_id").asText("").length() > 100) {
                    return Optional.of("components.components.custom_id: Must be 100 or fewer in length.");
                }
            }
        }
        JsonNode embeds = body.path("embeds");
        if (embeds.size() > 10) {
            return Optional.of("embeds: Must be 10 or fewer in length.");
        }
        int total = 0;
        for (JsonNode e : embeds) {
            int title = e.path("title").asText("").length();
            int description = e.path("description").asText("").length();
            if (title > 256 || description > 4096) {
                return Optional.of("embeds.title/description: too long.");
            }
            total += title
                    + description
                    + e.path("footer").path("text").asText("").length()
                    + e.path("author").path("name").asText("").length();
            for (JsonNode f : e.path("fields")) {
                total += f.path("name").asText("").length()
                        + f.path("value").asText("").length();
            }
        }
        return total > 6000 ? Optional.of("embeds: Embed size exceeds maximum size of 6000") : Optional.empty();
    }
}
