package com.studybot.adapter.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.common.ReferenceId;
import java.net.SocketTimeoutException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.Response;
import okhttp3.Protocol;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

/** Each failure is told as what it is, with the log line's reference; an expired interaction is told nothing. */
final class FailureNoticeTest {
    private static final ReferenceId REF = new ReferenceId("E7K2QX");

    private static ErrorResponseException refused(ErrorResponse error, int status) {
        var raw = new okhttp3.Response.Builder()
                .request(new Request.Builder()
                        .url("https://discord.com/api/v10/webhooks/1/token/messages/@original")
                        .build())
                .protocol(Protocol.HTTP_1_1)
                .code(status)
                .message("status " + status)
                .body(okhttp3.ResponseBody.create(
                        "{\"message\":\"" + error.getMeaning() + "\",\"code\":" + error.getCode() + "}",
                        okhttp3.MediaType.get("application/json")))
                .build();
        return ErrorResponseException.create(error, new Response(raw, status, "status " + status, 0, Set.of()));
    }

    @Test
    void everyKindOfFailureIsToldAsWhatItIs() {
        // GIVEN one failure of every kind
        List<FailureNotice> notices = List.of(
                FailureNotice.of(refused(ErrorResponse.INVALID_FORM_BODY, 400)),
                FailureNotice.of(refused(ErrorResponse.MISSING_PERMISSIONS, 403)),
                FailureNotice.of(refused(ErrorResponse.SERVER_ERROR, 500)),
                FailureNotice.of(refused(ErrorResponse.UNKNOWN_INTERACTION, 404)));
        // THEN each kind is there, and says what happened with the reference, except for the expired interaction
        assertThat(notices).extracting(n -> (Object) n.getClass()).containsExactlyInAnyOrder((Object[])
                FailureNotice.class.getPermittedSubclasses());
        assertThat(notices.get(0).message(REF))
                .hasValue("Discord refused this reply (Invalid Form Body, 50035); ref E7K2QX. Please try again; if it"
                        + " keeps happening, tell whoever runs the bot that reference.");
        assertThat(notices.get(1).message(REF))
                .hasValueSatisfying(m -> assertThat(m).contains("lack a permission here", "(ref E7K2QX)"));
        assertThat(notices.get(2).message(REF))
                .hasValueSatisfying(m -> assertThat(m).contains("HTTP 500", "ref E7K2QX"));
        assertThat(notices.get(3).message(REF)).isEmpty();
    }

    @Test
    void aFailureDiscordNeverAnsweredHasNothingToTell() {
        assertThat(FailureNotice.of(new SocketTimeoutException("timeout")))
                .isInstanceOf(FailureNotice.Untellable.class);
        assertThat(Arrays.stream(FailureNotice.class.getPermittedSubclasses()).map(Class::getSimpleName))
                .contains("Untellable");
    }

    @Test
    void aPermissionJdaKnowsIsMissingIsNamed() {
        assertThat(new FailureNotice.MissingPermission(java.util.Optional.of("Send Messages")).message(REF))
                .hasValueSatisfying(m -> assertThat(m).contains("I lack the **Send Messages** permission here"));
    }
}
