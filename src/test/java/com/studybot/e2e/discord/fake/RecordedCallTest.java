package com.studybot.e2e.discord.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class RecordedCallTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aCallbackWithAnEmptyParseListPingsNobody() throws Exception {
        // GIVEN a reply callback whose data allows no mentions, as JDA sends it
        var call = call("POST", "interactions/1/t/callback", """
                {"type":4,"data":{"content":"@everyone hi","allowed_mentions":{"parse":[],"replied_user":true}}}""");

        // WHEN / THEN
        assertThat(call.allowsNoMentions()).isTrue();
    }

    @Test
    void jdasDefaultMentionsOnAMessageWithContentMayPing() throws Exception {
        // GIVEN a channel message with JDA's default allowed mentions
        var call = call("POST", "channels/1/messages", """
                {"content":"hi","allowed_mentions":{"parse":["users","roles","everyone"],"replied_user":true}}""");

        // WHEN / THEN
        assertThat(call.allowsNoMentions()).isFalse();
    }

    @Test
    void anExplicitlyAllowedUserMayBePinged() throws Exception {
        // GIVEN an empty parse list that still names a user
        var call = call("POST", "channels/1/messages", """
                {"content":"hi <@2>","allowed_mentions":{"parse":[],"users":["2"]}}""");

        // WHEN / THEN
        assertThat(call.allowsNoMentions()).isFalse();
    }

    @Test
    void bodiesWithoutContentOrEmbedsPingNobody() throws Exception {
        // GIVEN a deferral, a components-only edit and a GET
        var deferral = call("POST", "interactions/1/t/callback", "{\"type\":5}");
        var edit = call("PATCH", "webhooks/1/t/messages/@original", """
                {"components":[],"allowed_mentions":{"parse":["users"]}}""");
        var get = new RecordedCall("GET", "users/@me", "", Map.of(), MissingNode.getInstance(), List.of());

        // WHEN / THEN
        assertThat(List.of(deferral, edit, get))
                .allSatisfy(c -> assertThat(c.allowsNoMentions()).isTrue());
    }

    private static RecordedCall call(String method, String path, String json) throws Exception {
        JsonNode body = JSON.readTree(json);
        return new RecordedCall(method, path, "", Map.of(), body, List.of());
    }
}
