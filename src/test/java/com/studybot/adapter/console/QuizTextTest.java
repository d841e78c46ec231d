package com.studybot.adapter.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.TrueFalse;
import com.studybot.core.quiz.state.Effect;
import com.studybot.core.quiz.state.QuizMode;
import java.util.List;
import org.junit.jupiter.api.Test;

final class QuizTextTest {
    private static final Question CARD = new Question(
            "c1", "Which service runs containers serverless?", "AWS Fargate", List.of(), List.of(), "aws.md", "q");

    @Test
    void aRevealedCardShowsTheAnswerWhatWasTypedAndAsksForARating() {
        // GIVEN / WHEN a card revealed after a matching and a wrong typed answer
        String matching = QuizText.render(List.of(new Effect.Reveal(CARD, "fargate", true)));
        String wrong = QuizText.render(List.of(new Effect.Reveal(CARD, "lambda", false)));
        // THEN the answer, the typed text and whether it matches, and the ratings to choose from
        assertThat(matching)
                .isEqualTo("Answer: AWS Fargate\n  (you typed: fargate — that matches)\n  “q”\n  — aws.md\n"
                        + "How well did you know it? again, hard, good or easy (1-4)");
        assertThat(wrong).contains("(you typed: lambda — that does not match)");
    }

    @Test
    void aCardRevealedWithoutTypingOnlyShowsTheAnswer() {
        // GIVEN / WHEN a card revealed with nothing typed
        String text = QuizText.render(List.of(new Effect.Reveal(CARD, "", false)));
        // THEN no typed line, but the passage with its citation
        assertThat(text)
                .isEqualTo(
                        "Answer: AWS Fargate\n  “q”\n  — aws.md\nHow well did you know it? again, hard, good or easy (1-4)");
    }

    @Test
    void aTrueFalseQuestionSaysHowToAnswerItAndOffersNoHint() {
        // GIVEN a true/false question on screen
        var statement = new Question(
                "gen:tf:1",
                "True or false: The port number of SSH is 3389.",
                TrueFalse.FALSE,
                TrueFalse.aliases(false),
                TrueFalse.options(false),
                "ec2.md › Ports",
                "q");
        // WHEN it is rendered
        String text = QuizText.render(List.of(new Effect.ShowQuestion(
                1, 5, statement, java.time.Instant.parse("2026-12-06T10:00:00Z"), QuizMode.MIXED)));
        // THEN its two options, and t or f as answers, without a hint to ask for
        assertThat(text)
                .contains("True or false: The port number of SSH is 3389.\n  A) True\n  B) False\n")
                .endsWith("(answer t or f, or a letter, or :skip, :stop)");
    }
}
