package com.studybot.adapter.discord.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.TrueFalse;
import com.studybot.core.quiz.state.QuizMode;
import java.util.List;
import org.junit.jupiter.api.Test;

final class QuizMessagesHintTest {
    private static final Question CHOICE = new Question(
            "q1",
            "Which port does SSH use?",
            "22",
            List.of(),
            List.of("22", "80", "443", "3389"),
            "notes.md",
            "SSH: 22");
    private static final Question STATEMENT = new Question(
            "q2",
            "True or false: The port number of SSH is 22.",
            TrueFalse.TRUE,
            List.of(),
            TrueFalse.options(false),
            "notes.md",
            "SSH: 22");

    @Test
    void aMultipleChoiceQuestionOffersAHint() {
        assertThat(QuizMessages.offersHint(QuizMode.CHOICE, CHOICE)).isTrue();
    }

    @Test
    void aTrueFalseQuestionOrACardOffersNone() {
        assertThat(QuizMessages.offersHint(QuizMode.CHOICE, STATEMENT)).isFalse();
        assertThat(QuizMessages.offersHint(QuizMode.CARDS, CHOICE)).isFalse();
    }
}
