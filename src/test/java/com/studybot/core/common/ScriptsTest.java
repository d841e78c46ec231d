package com.studybot.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class ScriptsTest {
    @Test
    void noCodePointBelowTheFastPathsBoundIsCjk() {
        for (int cp = 0; cp < Scripts.FIRST_CJK; cp++) {
            assertThat(Scripts.isCjk(cp)).as("U+%04X", cp).isFalse();
        }
        assertThat(Scripts.isCjk(Scripts.FIRST_CJK)).isTrue();
    }

    @Test
    void containsCjkAgreesWithAskingEveryCodePointsScript() {
        var random = new java.util.Random(16);
        for (int n = 0; n < 20_000; n++) {
            var sb = new StringBuilder();
            int length = random.nextInt(6);
            for (int i = 0; i < length; i++) {
                int cp = random.nextInt(4) == 0 ? random.nextInt(0x110000) : random.nextInt(0x3100);
                if (cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE) {
                    sb.appendCodePoint(cp);
                }
            }
            String text = sb.toString();
            assertThat(Scripts.containsCjk(text))
                    .as(text)
                    .isEqualTo(text.codePoints().anyMatch(Scripts::isCjk));
        }
    }

    @Test
    void findsCjkInMixedText() {
        assertThat(Scripts.containsCjk("What is 容器 orchestration?")).isTrue();
        assertThat(Scripts.containsCjk("한국어")).isTrue();
        assertThat(Scripts.containsCjk("カタカナ")).isTrue();
        assertThat(Scripts.containsCjk("Ünïcödé — ASCII and Greek λ")).isFalse();
        assertThat(Scripts.containsCjk("")).isFalse();
    }
}
