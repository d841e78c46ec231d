package com.studybot.adapter.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.answer.Answer;
import com.studybot.core.answer.Answerer;
import com.studybot.core.answer.Citation;
import com.studybot.core.common.MetricsSource;
import com.studybot.core.content.Chunk;
import com.studybot.core.quiz.CardParser;
import com.studybot.core.retrieval.Evidence;
import com.studybot.core.retrieval.Passage;
import com.studybot.testing.TestQuizzes;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

final class ConsoleChatTest {
    private static final Passage PASSAGE = new Passage(
            new Chunk("a#0", "aws/fargate.md", List.of("Fargate"), "Fargate runs containers.", "h"),
            1.0,
            new Evidence(0.7, 1));

    private String chat(String input) throws Exception {
        var chat = new ConsoleChat(
                (q, k) -> new Answer.Answered(
                        q, "Fargate runs containers.", List.of(Citation.of(PASSAGE.chunk())), List.of(PASSAGE), 0.9),
                5,
                () -> List.<MetricsSource>of(() -> Map.of("Answer cache", "1 hits / 2 requests")),
                () -> "reindexed",
                new QuizConsole(TestQuizzes.service(TestQuizzes.cards(CardParser.parse(
                        "cards.md", "# AWS\nWhich service runs containers serverless::AWS Fargate")))));
        var out = new StringWriter();
        chat.run(new BufferedReader(new StringReader(input)), new PrintWriter(out), false);
        return out.toString();
    }

    @Test
    void answersWithACitationAndShowsSourcesOnRequest() throws Exception {
        String out = chat("What is Fargate?\n:sources\n:quit\n");
        assertThat(out).contains("Fargate runs containers.").contains("— aws/fargate.md › Fargate");
        assertThat(out).contains("[1] aws/fargate.md › Fargate  (score 1.00, answered, confidence 0.90)");
    }

    @Test
    void statsHelpAndUnknownCommands() throws Exception {
        String out = chat(":stats\n:help\n:nope\n:reindex\n");
        assertThat(out).contains("Answer cache: 1 hits / 2 requests");
        assertThat(out).contains(":sources").contains("Unknown command :nope");
        assertThat(out).contains("reindexed");
    }

    @Test
    void aQuizFromTheNotesCardsTakesTypedAnswersInsteadOfQuestions() throws Exception {
        // GIVEN notes with one card WHEN a quiz runs and the answer has a typo
        String out = chat(":quiz aws\naws fargat\n:quiz aws\n:stop\n:stop\n:stats\n");
        // THEN the card is asked with its source and the answer counts; with nothing new or due, a second quiz
        // practises it again ahead of time
        assertThat(out).contains("Question 1/1  (cards.md › AWS)").contains("Which service runs containers serverless");
        assertThat(out).contains("Correct: AWS Fargate").contains("Quiz on aws: 1 of 1 right the first time.");
        assertThat(out.split("Which service runs containers serverless", -1)).hasSize(3);
        assertThat(out).contains("Quiz on aws stopped after 0 of 1 questions: 0 right.");
        assertThat(out).contains("No quiz is running.");
        assertThat(out).contains("Quiz: 1 of 1 right, streak 1 (best 1)").contains("aws: 1 of 1 (100%)");
    }

    @Test
    void aWrongTypedAnswerSaysWhatWasWrittenAndRightCountsItOnce() throws Exception {
        // GIVEN a card answered in words the grader does not take WHEN the user says it was right, twice
        String out = chat(":quiz aws\nthe serverless one\n:right\n:right\n:stats\n");
        // THEN the verdict quotes the answer, :right counts it once, and it does not come back
        assertThat(out).contains("You wrote “the serverless one” — the answer is: AWS Fargate");
        assertThat(out).contains("(:right if your answer was right after all)");
        assertThat(out)
                .contains("Counted as right: AWS Fargate.")
                .contains("Quiz on aws: 1 of 1 right the first time.");
        assertThat(out).contains("Only your last typed answer, marked wrong, can be counted as right.");
        assertThat(out).contains("Quiz: 1 of 1 right");
    }

    @Test
    void sourcesBeforeAnyQuestionSaysSo() throws Exception {
        assertThat(chat(":sources\n")).contains("Ask a question first.");
    }

    @Test
    void quitStopsReadingFurtherLines() throws Exception {
        String out = chat(":quit\nWhat is Fargate?\n");
        assertThat(out).doesNotContain("Fargate runs containers.");
    }

    /** An answerer that writes "Fargate runs containers [1]." in two drafts, then gives {@code result}. */
    private static String streamed(Function<String, Answer> result) throws Exception {
        var answerer = new Answerer() {
            @Override
            public Answer answer(String q, int k) {
                return result.apply(q);
            }

            @Override
            public Answer answer(String q, int k, Consumer<String> drafts) {
                drafts.accept("Fargate runs ");
                drafts.accept("Fargate runs containers [1].");
                return result.apply(q);
            }
        };
        var chat = new ConsoleChat(
                answerer,
                5,
                List::of,
                () -> "",
                new QuizConsole(TestQuizzes.service(TestQuizzes.cards(
                        CardParser.parse("cards.md", "# AWS\nWhich service runs containers::AWS Fargate")))));
        var out = new StringWriter();
        chat.run(new BufferedReader(new StringReader("What is Fargate?\n")), new PrintWriter(out), true);
        return out.toString();
    }

    @Test
    void atATerminalAModelsAnswerIsPrintedAsItIsWrittenThenItsCitations() throws Exception {
        String out = streamed(q -> new Answer.Answered(
                q, "Fargate runs containers [1].", List.of(Citation.of(PASSAGE.chunk())), List.of(PASSAGE), 0.9));
        assertThat(out).contains("> Fargate runs containers [1].\n\n  — aws/fargate.md › Fargate\n");
        assertThat(out.split("Fargate runs containers", -1)).hasSize(2); // printed once
    }

    @Test
    void aDraftTheCheckDoesNotKeepIsFollowedByWhatReplacesIt() throws Exception {
        String out = streamed(q -> new Answer.NotInNotes(q, List.of(), List.of(PASSAGE), 0.2));
        assertThat(out)
                .contains("> Fargate runs containers [1].\n(not kept: checked against your notes, the answer is this)\n"
                        + "I can't find that in your notes.");
    }
}
