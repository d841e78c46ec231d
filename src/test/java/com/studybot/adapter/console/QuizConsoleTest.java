package com.studybot.adapter.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.content.Note;
import com.studybot.core.content.Section;
import com.studybot.core.quiz.AnswerGrader;
import com.studybot.core.quiz.CardParser;
import com.studybot.core.quiz.Rating;
import com.studybot.core.quiz.generate.QuestionGenerator;
import com.studybot.core.quiz.state.QuizMode;
import com.studybot.testing.TestQuizzes;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class QuizConsoleTest {
    private static Section service(String name, String definition) {
        return new Section(List.of("AWS", name), name + " is " + definition + ".", List.of(name));
    }

    private static final Note AWS = new Note(
            "aws.md",
            "AWS",
            List.of("aws"),
            List.of(),
            List.of(
                    service("AWS Fargate", "a serverless compute engine for containers"),
                    service("AWS Lambda", "a serverless compute service that runs functions"),
                    service("AWS X-Ray", "a distributed tracing service for requests"),
                    service("AWS App Runner", "the quickest way to put a web application online")));

    private String chat(String input) throws Exception {
        var cards = CardParser.parse("cards.md", "# Cards\nWhat picks a node for each pod::the scheduler");
        var quiz = new QuizConsole(
                TestQuizzes.service(() -> new QuestionGenerator(new AnswerGrader()).generate(List.of(AWS), cards)));
        var chat = new ConsoleChat((q, k) -> null, 5, List::of, () -> "", quiz);
        var out = new StringWriter();
        chat.run(new BufferedReader(new StringReader(input)), new PrintWriter(out), false);
        return out.toString();
    }

    /** One console session over a shared quiz service and clock (a restart keeps the service's stores). */
    private static String session(QuizConsole quiz, String input) throws Exception {
        var chat = new ConsoleChat((q, k) -> null, 5, List::of, () -> "", quiz);
        var out = new StringWriter();
        chat.run(new BufferedReader(new StringReader(input)), new PrintWriter(out), false);
        return out.toString();
    }

    @Test
    void aQuizResumedAfterARestartShowsItsQuestionAgainAndTheConsoleSetsNoTimeLimit() throws Exception {
        var clock = new com.studybot.testing.MovableClock(java.time.Instant.parse("2026-12-06T10:00:00Z"));
        var cards = CardParser.parse("cards.md", "# Cards\nWhat picks a node for each pod::the scheduler");
        var service = new com.studybot.core.quiz.QuizService(
                () -> new QuestionGenerator(new AnswerGrader()).generate(List.of(AWS), cards),
                new com.studybot.testing.InMemoryCardMemoryStore(),
                new com.studybot.testing.InMemoryQuizStateStore(),
                new com.studybot.testing.InMemoryScoreStore(),
                new com.studybot.core.quiz.state.QuizMachine(new AnswerGrader()),
                new com.studybot.core.quiz.Fsrs(com.studybot.core.quiz.FsrsParameters.defaults()),
                clock,
                java.time.Duration.ofMinutes(2));
        // GIVEN a multiple-choice quiz started, then the console closed (a crash) before it was answered
        String before = session(new QuizConsole(service), ":quiz fargate 1 mc\n");
        String letter = before.lines()
                .filter(l -> l.endsWith(") AWS Fargate"))
                .map(l -> l.strip().substring(0, 1))
                .findFirst()
                .orElseThrow();
        // WHEN the console starts again an hour later and the answer is typed
        clock.advance(java.time.Duration.ofHours(1));
        String after = session(new QuizConsole(service), letter + "\n");
        // THEN the question and its options are shown again, and the late answer counts as given
        assertThat(after)
                .contains("Your quiz is still running; here is where it stands:")
                .contains("Which of these is a serverless compute engine for containers?")
                .contains(letter + ") AWS Fargate")
                .contains("Correct: AWS Fargate");
    }

    @Test
    void aDiskFullWhileAnsweringIsOneLineTheQuizWaitsAndTheAnswerCountsOnceWhenRetried() throws Exception {
        // GIVEN a score store whose next write fails as a full disk does
        var scores = new com.studybot.testing.InMemoryScoreStore();
        var full = new java.util.concurrent.atomic.AtomicBoolean();
        com.studybot.core.persistence.ScoreStore failing = new com.studybot.core.persistence.ScoreStore() {
            @Override
            public void record(
                    String user, String community, String topic, String id, boolean correct, java.time.Instant at) {
                if (full.getAndSet(false)) {
                    throw new IllegalStateException(
                            "Database error while recording: [SQLITE_FULL] database or disk is full");
                }
                scores.record(user, community, topic, id, correct, at);
            }

            @Override
            public List<String> misses(Optional<String> u, String c, java.time.Instant since, int limit) {
                return scores.misses(u, c, since, limit);
            }

            @Override
            public void overrule(String user, String id) {
                scores.overrule(user, id);
            }

            @Override
            public com.studybot.core.quiz.Scoreboard board(String user) {
                return scores.board(user);
            }

            @Override
            public List<Standing> leaderboard(String c, String topic, java.time.Instant since, int limit) {
                return scores.leaderboard(c, topic, since, limit);
            }
        };
        var cards = CardParser.parse("cards.md", "# Cards\nWhat picks a node for each pod::the scheduler");
        var service = new com.studybot.core.quiz.QuizService(
                () -> new QuestionGenerator(new AnswerGrader()).generate(List.of(AWS), cards),
                new com.studybot.testing.InMemoryCardMemoryStore(),
                new com.studybot.testing.InMemoryQuizStateStore(),
                failing,
                new com.studybot.core.quiz.state.QuizMachine(new AnswerGrader()),
                new com.studybot.core.quiz.Fsrs(com.studybot.core.quiz.FsrsParameters.defaults()),
                java.time.Clock.fixed(java.time.Instant.parse("2026-12-06T10:00:00Z"), java.time.ZoneOffset.UTC),
                java.time.Duration.ofMinutes(2));
        var quiz = new QuizConsole(service);
        String started = session(quiz, ":quiz fargate 1 mc\n");
        String letter = started.lines()
                .filter(l -> l.endsWith(") AWS Fargate"))
                .map(l -> l.strip().substring(0, 1))
                .findFirst()
                .orElseThrow();
        // WHEN the answer is typed while the disk is full, then again
        full.set(true);
        String out = session(quiz, letter + "\n" + letter + "\n");
        // THEN one line says so, the chat goes on, and the retried answer counts once
        assertThat(out)
                .containsPattern(
                        "studybot: that did not work: the disk holding the data folder is full; free some space"
                                + " \\(ref [A-Z0-9]+\\)\\. Nothing of it was saved; try again\\.")
                .contains("Correct: AWS Fargate")
                .doesNotContain("Exception");
        assertThat(scores.board("console").answered()).isEqualTo(1);
    }

    @Test
    void multipleChoiceTakesALetterAndQuotesThePassage() throws Exception {
        // WHEN a one-question multiple-choice quiz on Fargate is answered by letter
        String out = chat(":quiz fargate 1 mc\n");
        String letter = out.lines()
                .filter(l -> l.endsWith(") AWS Fargate"))
                .map(l -> l.strip().substring(0, 1))
                .findFirst()
                .orElseThrow();
        String answered = chat(":quiz fargate 1 mc\n" + letter + "\n");
        // THEN it is right, with the passage and its citation
        assertThat(out).contains("Which of these is a serverless compute engine for containers?");
        assertThat(out).contains("(answer with a letter or the name, or :hint, :skip, :stop)");
        assertThat(answered)
                .contains("Correct: AWS Fargate")
                .contains("“AWS Fargate is a serverless compute engine for containers.”")
                .contains("— aws.md › AWS › AWS Fargate");
    }

    @Test
    void aFlashCardIsShownThenRatedAndARatingIsAskedForUntilItMakesSense() throws Exception {
        // WHEN
        String out = chat(":quiz scheduler cards\n:show\nmaybe\ng\n:stats\n");
        // THEN
        assertThat(out).contains("What picks a node for each pod").contains("then :show it");
        assertThat(out).contains("Answer: the scheduler").contains("How well did you know it?");
        assertThat(out).contains("Rate it: again, hard, good or easy (or 1-4).");
        assertThat(out).contains("Correct: the scheduler").contains("Quiz: 1 of 1 right");
    }

    @Test
    void reviewWithNothingDueSaysSo() throws Exception {
        String out = chat(":review\n");
        assertThat(out).contains("Nothing is due and you have missed no question in the last two weeks.");
    }

    @Test
    void reviewRightAfterMissesAsksThemNotNothingIsDue() throws Exception {
        // GIVEN a card missed twice (its first asking and its second) in a quiz that ended
        String out = chat(":quiz cards 1 typed\nthe etcd\n:skip\n:review\n");
        // THEN the review asks it again, though FSRS has not made it due yet
        assertThat(out).contains("To review (:review asks them again):");
        assertThat(out.substring(out.lastIndexOf("To review")))
                .contains("Question 1/1")
                .contains("What picks a node for each pod")
                .doesNotContain("Nothing is due");
    }

    @Test
    void topicsListWhatTheQuestionsCover() throws Exception {
        String out = chat(":topics\n");
        // the "AWS" heading and the "aws" tag are one topic
        assertThat(out).contains("AWS (8 questions)").doesNotContain("aws (").contains("Cards (1 question)");
    }

    @Test
    void quizArgumentsAreTopicCountAndModeInAnyOrderAtTheEnd() {
        assertThat(QuizConsole.Request.parse(" kubernetes 3 mc ", QuizMode.MIXED))
                .isEqualTo(new QuizConsole.Request("kubernetes", 3, QuizMode.CHOICE));
        assertThat(QuizConsole.Request.parse("aws lambda cards 900", QuizMode.MIXED))
                .isEqualTo(new QuizConsole.Request("aws lambda", QuizConsole.MAX_COUNT, QuizMode.CARDS));
        assertThat(QuizConsole.Request.parse("", QuizMode.REVIEW))
                .isEqualTo(new QuizConsole.Request("", QuizConsole.DEFAULT_COUNT, QuizMode.REVIEW));
        assertThat(QuizConsole.rating("E")).isEqualTo(Optional.of(Rating.EASY));
        assertThat(QuizConsole.rating("2")).isEqualTo(Optional.of(Rating.HARD));
        assertThat(QuizConsole.rating("5")).isEmpty();
    }
}
