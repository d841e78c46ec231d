package com.studybot.adapter.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class MessagesTest {
    @Test
    void longTextIsSplitAtParagraphsIntoPartsWithinTheLimit() {
        // GIVEN three paragraphs of 900 characters
        String para = "word ".repeat(180).strip();
        String text = para + "\n\n" + para + "\n\n" + para;
        // WHEN
        List<String> parts = Messages.split(text);
        // THEN every part fits, nothing is lost, and the cuts fall between paragraphs
        assertThat(parts).hasSize(2).allMatch(p -> p.length() <= Messages.TEXT_LIMIT);
        assertThat(String.join("\n\n", parts)).isEqualTo(text);
    }

    @Test
    void aCodeBlockCutInTwoIsClosedAndReopened() {
        // GIVEN a code block longer than one message
        String code = "```\n" + "echo hello\n".repeat(300) + "```";
        // WHEN
        List<String> parts = Messages.split(code);
        // THEN each part has balanced fences
        assertThat(parts).hasSizeGreaterThan(1).allMatch(p -> p.length() <= Messages.TEXT_LIMIT);
        assertThat(parts).allMatch(p -> (p.split("```", -1).length - 1) % 2 == 0);
    }

    @Test
    void truncationEndsInAnEllipsis() {
        assertThat(Messages.truncate("abcdef", 4)).isEqualTo("abc…");
        assertThat(Messages.truncate("abc", 4)).isEqualTo("abc");
    }

    @Test
    void controlCharactersFromNotesNeverReachDiscord() {
        String note = "Fargate\u001b]0;pwned\u0007 runs \u202Eevil\u202C containers";
        assertThat(Messages.truncate(note, 100)).isEqualTo("Fargate]0;pwned runs evil containers");
        assertThat(Messages.split(note)).containsExactly("Fargate]0;pwned runs evil containers");
        assertThat(Messages.embed(note, note).build().getDescription()).doesNotContain("\u001b", "\u202E");
    }
}
