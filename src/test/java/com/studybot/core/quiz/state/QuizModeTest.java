package com.studybot.core.quiz.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

final class QuizModeTest {
    @Test
    void everyModeIsNamedByItsLowerCaseName() {
        for (QuizMode mode : QuizMode.values()) {
            // GIVEN / WHEN a mode's name in lower case / THEN it names that mode
            assertThat(QuizMode.parse(mode.name().toLowerCase(Locale.ROOT))).contains(mode);
        }
    }

    @Test
    void aliasesNameTheirModes() {
        // GIVEN / WHEN the aliases users type / THEN each names its mode
        assertThat(QuizMode.parse("mc")).contains(QuizMode.CHOICE);
        assertThat(QuizMode.parse("choice")).contains(QuizMode.CHOICE);
        assertThat(QuizMode.parse("multiple")).contains(QuizMode.CHOICE);
        assertThat(QuizMode.parse("type")).contains(QuizMode.TYPED);
        assertThat(QuizMode.parse("card")).contains(QuizMode.CARDS);
        assertThat(QuizMode.parse("flashcards")).contains(QuizMode.CARDS);
        assertThat(QuizMode.parse(" Cards "))
                .as("case and blanks do not matter")
                .contains(QuizMode.CARDS);
    }

    @Test
    void otherWordsNameNoMode() {
        // GIVEN / WHEN a topic or nothing / THEN no mode
        assertThat(QuizMode.parse("kubernetes")).isEmpty();
        assertThat(QuizMode.parse("")).isEmpty();
    }
}
