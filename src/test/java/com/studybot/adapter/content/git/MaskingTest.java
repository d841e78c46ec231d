package com.studybot.adapter.content.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.errors.TransportException;
import org.junit.jupiter.api.Test;

final class MaskingTest {
    private final Masking masking = new Masking("ghp_T0KEN");

    @Test
    void credentialsInUrlsAreMaskedWhereverTheyAre() {
        assertThat(masking.apply("https://teacher:pa@ss@git.example.org/notes.git"))
                .isEqualTo("https://***@git.example.org/notes.git");
        assertThat(masking.apply("fetch of https://ghp_abc@host/x failed, see ssh://me@host:22/y"))
                .isEqualTo("fetch of https://***@host/x failed, see ssh://***@host:22/y");
        assertThat(masking.apply("file:///teacher:hunter2@/srv/notes.git: not found"))
                .isEqualTo("file://***@/srv/notes.git: not found");
        assertThat(masking.apply("https://git.example.org/a@b/notes.git"))
                .isEqualTo("https://git.example.org/a@b/notes.git");
    }

    @Test
    void theTokenIsMaskedEvenOutsideAUrl() {
        assertThat(masking.apply("server said: bad token ghp_T0KEN")).isEqualTo("server said: bad token ***");
    }

    @Test
    void aReasonIsOneMaskedLineFromTheWholeChain() {
        // GIVEN JGit's usual wrapping: a URL, then the cause
        var cause = new TransportException(
                "https://teacher:hunter2@git.example.org/notes.git: cannot open git-upload-pack",
                new IOException("Connection refused\n(more detail)"));
        var e = new InvalidRemoteException("Invalid remote: origin", cause);

        // WHEN
        String reason = masking.reason(e);

        // THEN
        assertThat(reason).isEqualTo("cannot open git-upload-pack: Connection refused (more detail)");
    }

    @Test
    void aReasonWithoutAnyMessageNamesTheException() {
        assertThat(masking.reason(new IllegalStateException())).isEqualTo("IllegalStateException");
    }
}
