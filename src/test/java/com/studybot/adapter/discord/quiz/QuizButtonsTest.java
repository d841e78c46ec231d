package com.studybot.adapter.discord.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.quiz.state.Effect;
import java.util.List;
import org.junit.jupiter.api.Test;

final class QuizButtonsTest {
    @Test
    void aHintOrARefusalLeavesTheQuestionOpenAnythingElseSpendsIt() {
        assertThat(QuizButtons.spent(List.of(new Effect.ShowHint("starts with X"))))
                .isFalse();
        assertThat(QuizButtons.spent(List.of(new Effect.Rejected("already answered"))))
                .isFalse();
        assertThat(QuizButtons.spent(List.of(new Effect.Summary("tracing", 1, 1, 1))))
                .isTrue();
        assertThat(QuizButtons.spent(List.of(new Effect.ShowHint("x"), new Effect.Summary("t", 0, 0, 1))))
                .isTrue();
    }
}
