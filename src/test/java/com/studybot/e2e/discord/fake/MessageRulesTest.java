package com.studybot.e2e.discord.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fake refuses what Discord refuses, and lets through what it accepts. */
final class MessageRulesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static RecordedCall call(String method, String path, String body) throws Exception {
        JsonNode json = JSON.readTree(body);
        return new RecordedCall(method, path, "", Map.of(), json, List.of());
    }

    @Test
    void formsChoicesCommandsAndMessagesOverTheLimitsAreRefused() throws Exception {
        String longTitle = "x".repeat(46);
        var choices = new StringBuilder("[");
        for (int i = 0; i < 26; i++) {
            choices.append(i == 0 ? "" : ",")
                    .append("{\"name\":\"c")
                    .append(i)
                    .append("\",\"value\":\"c")
                    .append(i)
                    .append("\"}");
        }
        choices.append("]");
        assertThat(MessageRules.problem(call(
                        "POST",
                        "interactions/1/t/callback",
                        "{\"type\":9,\"data\":{\"title\":\"" + longTitle + "\"}}")))
                .hasValueSatisfying(p -> assertThat(p).startsWith("data.title"));
        assertThat(MessageRules.problem(call(
                        "POST", "interactions/1/t/callback", "{\"type\":8,\"data\":{\"choices\":" + choices + "}}")))
                .hasValueSatisfying(p -> assertThat(p).startsWith("data.choices"));
        assertThat(MessageRules.problem(call(
                        "PUT", "applications/1/commands", "[{\"name\":\"Quiz\",\"description\":\"d\",\"type\":1}]")))
                .hasValueSatisfying(p -> assertThat(p).contains("lower-case"));
        assertThat(MessageRules.problem(
                        call("POST", "channels/1/messages", "{\"content\":\"" + "y".repeat(2001) + "\"}")))
                .hasValueSatisfying(p -> assertThat(p).startsWith("content"));
        assertThat(MessageRules.problem(call(
                        "POST", "channels/1/messages", "{\"content\":\"hi\",\"nonce\":\"" + "n".repeat(26) + "\"}")))
                .hasValueSatisfying(p -> assertThat(p).startsWith("nonce"));
        // and what Discord accepts passes
        assertThat(MessageRules.problem(
                        call("POST", "channels/1/messages", "{\"content\":\"hi\",\"nonce\":\"daily-2026-01-15\"}")))
                .isEmpty();
        assertThat(MessageRules.problem(call(
                        "PUT",
                        "applications/1/commands",
                        "[{\"name\":\"quiz\",\"description\":\"Quiz yourself\",\"type\":1,\"options\":"
                                + "[{\"name\":\"start\",\"description\":\"Start\",\"type\":1}]}]")))
                .isEmpty();
        assertThat(MessageRules.problem(
                        call("POST", "interactions/1/t/callback", "{\"type\":9,\"data\":{\"title\":\"Your answer\"}}")))
                .isEmpty();
    }
}
