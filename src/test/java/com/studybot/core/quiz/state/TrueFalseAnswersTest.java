package com.studybot.core.quiz.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.quiz.AnswerGrader;
import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.TrueFalse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A true/false question is answered by its letter, a word ("t", "false", 对) or its option's text. */
final class TrueFalseAnswersTest {
    private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");
    private static final Question FALSE = new Question(
            "gen:tf:1",
            "True or false: The port number of SSH is 3389.",
            TrueFalse.FALSE,
            TrueFalse.aliases(false),
            TrueFalse.options(false),
            "ec2.md › Ports",
            "Port Number: 22 · Service: SSH");
    private static final Question ZH_TRUE = new Question(
            "gen:tf:2",
            "判断对错：“可实现网页搜索”说的是web-search。",
            TrueFalse.ZH_TRUE,
            TrueFalse.aliases(true),
            TrueFalse.options(true),
            "zsh.md › 插件",
            "插件: web-search · 功能: 可实现网页搜索。");

    private final QuizMachine machine = new QuizMachine(new AnswerGrader());
    private final Marker marker = new Marker(new AnswerGrader());

    @ParameterizedTest
    @CsvSource({
        "b, true",
        "B, true",
        "a, false",
        "f, true",
        "F, true",
        "false, true",
        "False., true",
        "no, true",
        "t, false",
        "true, false",
        "TRUE, false",
        "yes, false"
    })
    void aFalseStatementIsMarkedByLetterOrWord(String given, boolean right) {
        assertThat(marker.correct(FALSE, given)).as(given).isEqualTo(right);
    }

    @ParameterizedTest
    @CsvSource({"a, true", "对, true", "正确, true", "t, true", "b, false", "错, false", "错误, false", "f, false"})
    void aChineseStatementIsMarkedByLetterOrWord(String given, boolean right) {
        assertThat(marker.correct(ZH_TRUE, given)).as(given).isEqualTo(right);
    }

    @Test
    void aWordThatSaysNeitherIsAskedAgainNotCounted() {
        // GIVEN a true/false question on screen
        Transition t = machine.apply(
                new QuizState.Idle(),
                new QuizEvent.Start("ports", QuizMode.MIXED, List.of(FALSE), Duration.ofMinutes(1)),
                T0);
        // WHEN the answer says neither, or is a letter that is no option
        Transition maybe = machine.apply(t.state(), new QuizEvent.Answer(0, "maybe"), T0.plusSeconds(3));
        Transition c = machine.apply(t.state(), new QuizEvent.Answer(0, "c"), T0.plusSeconds(3));
        // THEN it is asked again, with what to type
        assertThat(maybe.state()).isEqualTo(t.state());
        assertThat(maybe.effects()).containsExactly(new Effect.Rejected(QuizMachine.TRUE_OR_FALSE));
        assertThat(c.effects()).containsExactly(new Effect.Rejected(QuizMachine.TRUE_OR_FALSE));
        // AND "f" is an answer, right, and not one to overrule
        Transition f = machine.apply(t.state(), new QuizEvent.Answer(0, "f"), T0.plusSeconds(4));
        assertThat(f.effects().get(0))
                .isInstanceOfSatisfying(
                        Effect.Feedback.class, e -> assertThat(e.outcome()).isEqualTo(Effect.Outcome.CORRECT));
        assertThat(FALSE.typedWords("true")).isEmpty();
    }

    @Test
    void aTrueFalseQuestionHasNoHint() {
        // GIVEN a true/false question on screen
        Transition t = machine.apply(
                new QuizState.Idle(),
                new QuizEvent.Start("ports", QuizMode.MIXED, List.of(FALSE), Duration.ofMinutes(1)),
                T0);
        // WHEN a hint is asked for
        Transition hinted = machine.apply(t.state(), new QuizEvent.Hint(), T0.plusSeconds(2));
        // THEN none is given (striking the only wrong option would answer it) and nothing changes
        assertThat(hinted.effects()).containsExactly(new Effect.Rejected(QuizMachine.NO_TRUE_FALSE_HINT));
        assertThat(hinted.state()).isEqualTo(t.state());
    }
}
