package com.studybot.e2e.discord.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

final class RequestBodyTest {
    @Test
    void multipartBodiesYieldThePayloadAndTheExactFileBytes() {
        // GIVEN a multipart body shaped like JDA's, whose file holds CRLF and dashes
        byte[] file = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', '\r', '\n', '-', '-', 0, (byte) 0xFF};
        var body = new ByteArrayOutputStream();
        write(
                body,
                "--b0undary\r\nContent-Disposition: form-data; name=\"payload_json\"\r\n"
                        + "Content-Type: application/json; charset=utf-8\r\n\r\n{\"content\":\"chart\"}\r\n");
        write(
                body,
                "--b0undary\r\nContent-Disposition: form-data; name=\"files[0]\"; filename=\"chart.png\"\r\n"
                        + "Content-Type: application/octet-stream; charset=utf-8\r\n\r\n");
        body.writeBytes(file);
        write(body, "\r\n--b0undary--\r\n");

        // WHEN it is parsed
        RequestBody parsed = RequestBody.parse("multipart/form-data; boundary=b0undary", body.toByteArray());

        // THEN the JSON and the file come back intact
        assertThat(parsed.json().path("content").asText()).isEqualTo("chart");
        assertThat(parsed.attachments()).singleElement().satisfies(a -> {
            assertThat(a.field()).isEqualTo("files[0]");
            assertThat(a.filename()).isEqualTo("chart.png");
            assertThat(a.data()).isEqualTo(file);
            assertThat(a.isPng()).isTrue();
        });
    }

    @Test
    void anEmptyBodyIsAMissingNode() {
        // GIVEN / WHEN
        RequestBody parsed = RequestBody.parse("", new byte[0]);

        // THEN
        assertThat(parsed.json().isMissingNode()).isTrue();
        assertThat(parsed.attachments()).isEmpty();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
