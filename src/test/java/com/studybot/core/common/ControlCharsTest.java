package com.studybot.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class ControlCharsTest {
    /** A note that would retitle the terminal (OSC 0), clear it (CSI 2J), ring the bell and reverse a line. */
    private static final String HOSTILE =
            "Fargate\u001b]0;pwned\u0007 runs \u001b[2Jcontainers \u202Eevil\u202C.\r\nNext\tline";

    @Test
    void aTerminalIsShownTheControlsAsText() {
        assertThat(ControlChars.visible(HOSTILE))
                .isEqualTo("Fargate^[]0;pwned^G runs ^[[2Jcontainers <U+202E>evil<U+202C>.^M\nNext\tline");
    }

    @Test
    void chatGetsThemRemoved() {
        assertThat(ControlChars.stripped(HOSTILE)).isEqualTo("Fargate]0;pwned runs [2Jcontainers evil.\nNext\tline");
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        String text = "容器（container）: AWS Fargate — “serverless”, 50 % cheaper.\n\t- done 👍";
        assertThat(ControlChars.visible(text)).isSameAs(text);
        assertThat(ControlChars.stripped(text)).isSameAs(text);
    }
}
