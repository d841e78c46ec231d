package com.studybot.adapter.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.QuizItem;
import com.studybot.core.quiz.TrueFalse;
import com.studybot.core.quiz.generate.QuestionGenerator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class QuestionAuditTest {
    @Test
    void writtenRejectsHaveTheirOwnSection() {
        // GIVEN
        var result = new QuestionGenerator.Result(
                List.of(), Map.of("prompt too short", 4, "written: wrong shape", 2, "written: malformed JSON", 1));
        // WHEN
        String report = QuestionAudit.render(result, 10);
        // THEN
        String written = report.substring(report.indexOf("## Questions written by the language model"));
        assertThat(written).contains("0 accepted", "- written: malformed JSON: 1\n- written: wrong shape: 2\n");
        assertThat(report.substring(0, report.indexOf("## Questions written")))
                .contains("- prompt too short: 4")
                .doesNotContain("written: ");
    }

    @Test
    void aQuoteBeyondTheShownPartOfALongPassageIsShownToo() {
        // GIVEN a question quoting a sentence far down a long passage
        String longPassage = "Intro words. ".repeat(80) + "RELU stands for rectified linear unit.";
        var q = new Question(
                "dl.md#relu",
                "What does RELU stand for?",
                "Rectified linear unit",
                List.of(),
                List.of(),
                "dl.md › Basics",
                "RELU stands for rectified linear unit.");
        var item = new QuizItem(q.id(), List.of("Basics"), Optional.of(q), Optional.empty(), false, longPassage);
        // WHEN
        String report = QuestionAudit.render(new QuestionGenerator.Result(List.of(item), Map.of()), 10);
        // THEN the reviewer sees what the student is shown after answering
        assertThat(report)
                .contains("Quoted after the answer (beyond the passage's first 600 characters): RELU stands for");
    }

    @Test
    void aTypedOptionShowsTheReviewerThatEitherOfItsFormsIsRight() {
        // GIVEN a typed question whose answer is an option in its short and long form
        var q = new Question(
                "linux.pdf#all",
                "Name it: also list hidden files (starting with ‘.’)",
                "-a / --all",
                List.of(),
                List.of(),
                "linux.pdf › ls",
                "-a / --all: also list hidden files");
        var item = new QuizItem(q.id(), List.of("ls"), Optional.of(q), Optional.empty(), false, "passage");
        // WHEN
        String report = QuestionAudit.render(new QuestionGenerator.Result(List.of(item), Map.of()), 10);
        // THEN the reviewer reads what the grader takes
        assertThat(report).contains("Answer: **-a / --all** (either form typed alone is right: -a, --all)");
    }

    @Test
    void aTypedAnswerWithAPartInParenthesesShowsTheReviewerThatEitherPartIsRight() {
        // GIVEN a typed question whose answer gives its abbreviation in parentheses
        var q = new Question(
                "seeds.txt#cncf",
                "_____ maintains Kubernetes today.",
                "Cloud Native Computing Foundation (CNCF)",
                List.of(),
                List.of(),
                "seeds.txt › Kubernetes",
                "The Cloud Native Computing Foundation (CNCF) maintains Kubernetes today.");
        var item = new QuizItem(q.id(), List.of("Kubernetes"), Optional.of(q), Optional.empty(), false, "passage");
        // WHEN
        String report = QuestionAudit.render(new QuestionGenerator.Result(List.of(item), Map.of()), 10);
        // THEN the reviewer reads what the grader takes, and the grader takes it
        assertThat(report).contains("(either part typed alone is right: Cloud Native Computing Foundation, CNCF)");
        assertThat(new com.studybot.core.quiz.AnswerGrader()
                        .grade("CNCF", q.answer(), q.aliases())
                        .correct())
                .isTrue();
    }

    @Test
    void theReviewerReadsHowTypedAnswersAreGradedAndThatKeysMayBeTypedAnyWay() {
        // GIVEN a typed question whose answer is a key combination
        var q = new Question(
                "linux.pdf#ctrl-c",
                "Which keys: Abort running program.",
                "Ctrl + C",
                List.of(),
                List.of(),
                "linux.pdf",
                "Ctrl + C: Abort running program.");
        var item = new QuizItem(q.id(), List.of("Shortcuts"), Optional.of(q), Optional.empty(), false, "passage");
        // WHEN
        String report = QuestionAudit.render(new QuestionGenerator.Result(List.of(item), Map.of()), 10);
        // THEN the grader's rules head the report, the keys' spellings follow the answer, and the grader takes them
        assertThat(report).contains(com.studybot.core.quiz.AnswerGrader.RULES);
        assertThat(report).contains("Answer: **Ctrl + C** (keys may be typed as the student writes them");
        for (String typed : List.of("ctrl+c", "Ctrl-C", "^C", "Control C")) {
            assertThat(new com.studybot.core.quiz.AnswerGrader()
                            .grade(typed, q.answer(), q.aliases())
                            .correct())
                    .as(typed)
                    .isTrue();
        }
    }

    @Test
    void aTrueFalseStatementNamesTheSampledQuestionOfItsFact() {
        // GIVEN a definition and a true/false statement restating its fact
        var definition = new Question(
                "notes.md#breaker",
                "_____ is a guard around a remote call.",
                "Circuit breaker",
                List.of(),
                List.of(),
                "notes.md › Patterns",
                "A circuit breaker is a guard around a remote call.");
        var definitionItem = new QuizItem(
                definition.id(), List.of("Patterns"), Optional.of(definition), Optional.empty(), false, "passage");
        var statement = new Question(
                "notes.md#breaker:tf",
                "True or false: a circuit breaker is a guard around a remote call.",
                TrueFalse.TRUE,
                List.of(),
                TrueFalse.options(false),
                "notes.md › Patterns",
                "A circuit breaker is a guard around a remote call.");
        var statementItem = new QuizItem(
                statement.id(),
                List.of("Patterns"),
                Optional.empty(),
                Optional.of(statement),
                true,
                "passage",
                Optional.empty(),
                definitionItem.facts());
        var result = new QuestionGenerator.Result(List.of(definitionItem, statementItem), Map.of());
        // WHEN
        String report = QuestionAudit.render(result, 10);
        // THEN the definition is question 1, and the statement says it is the same fact
        assertThat(report).contains("### 1. typed");
        assertThat(report.substring(report.indexOf("## True/false statements")))
                .contains("1 statements (1 true, 0 false)")
                .contains("a circuit breaker is a guard around a remote call. → **True** (the fact of question 1"
                        + " above, in its other form)");
    }

    @Test
    void withoutWrittenQuestionsThereIsNoSuchSection() {
        var result = new QuestionGenerator.Result(List.of(), Map.of("prompt too short", 4));
        assertThat(QuestionAudit.render(result, 10)).doesNotContain("language model");
    }
}
