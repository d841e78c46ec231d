package com.studybot.adapter.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.Response;
import okhttp3.Protocol;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

/** A refused request is named by method and route, its tokens masked, so the log line leaks no secret. */
final class DiscordFailuresTest {
    @Test
    void theRouteIsNamedWithItsTokensMasked() {
        String token = "aW50ZXJhY3Rpb246MTU3ODk2NDk2OTQ0ODI3NjAwNzp0b2tlbi1zZWNyZXQtdmFsdWU";
        var raw = new okhttp3.Response.Builder()
                .request(new Request.Builder()
                        .url("https://discord.com/api/v10/interactions/1578964969448276007/" + token + "/callback")
                        .post(okhttp3.RequestBody.create(new byte[0]))
                        .build())
                .protocol(Protocol.HTTP_1_1)
                .code(400)
                .message("Bad Request")
                .build();
        var failure = ErrorResponseException.create(
                ErrorResponse.INVALID_FORM_BODY, new Response(raw, 400, "Bad Request", 0, Set.of()));
        assertThat(DiscordFailures.request(failure))
                .isEqualTo("POST interactions/1578964969448276007/…/callback")
                .doesNotContain(token);
    }
}
