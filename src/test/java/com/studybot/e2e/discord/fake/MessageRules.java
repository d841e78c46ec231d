package com.studybot.e2e.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What Discord refuses in a message body with 400 Invalid Form Body (50035): content over 2,000 characters, more
 * than 5 action rows or 5 buttons in a row, a button label over 80 or a custom id over 100 characters, more than
 * 10 embeds, an embed title over 256 or description over 4,096 characters, or embeds over 6,000 characters in all.
 */
final class MessageRules {
    private static final Pattern BODIES = Pattern.compile(
            "channels/[^/]+/messages(/[^/]+)?|webhooks/[^/]+/[^/]+(/messages/[^/]+)?|interactions/[^/]+/[^/]+/callback");

    private MessageRules() {}

    /** Why Discord would refuse the message this call sends, if it would. */
    static Optional<String> problem(RecordedCall call) {
        if (!(call.method().equals("POST") || call.method().equals("PATCH"))
                || !BODIES.matcher(call.path()).matches()
                || call.path().endsWith("/threads")) {
            return Optional.empty();
        }
        JsonNode body = call.path().endsWith("/callback") ? call.json().path("data") : call.json();
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
