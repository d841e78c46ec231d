package com.studybot.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.QuizWiring;
import com.studybot.adapter.cache.CachingGameStore;
import com.studybot.core.quiz.AnswerGrader;
import com.studybot.core.quiz.CardParser;
import com.studybot.core.quiz.Fsrs;
import com.studybot.core.quiz.FsrsParameters;
import com.studybot.core.quiz.Learner;
import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.QuizItem;
import com.studybot.core.quiz.QuizService;
import com.studybot.core.quiz.game.GameAnswer;
import com.studybot.core.quiz.game.GameEffect;
import com.studybot.core.quiz.game.GameEvent;
import com.studybot.core.quiz.game.GameMachine;
import com.studybot.core.quiz.game.GameMode;
import com.studybot.core.quiz.game.GameService;
import com.studybot.core.quiz.game.GameState;
import com.studybot.core.quiz.generate.QuestionGenerator;
import com.studybot.core.quiz.state.Effect;
import com.studybot.core.quiz.state.QuizEvent;
import com.studybot.core.quiz.state.QuizMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Two processes on one database (two connection pools, each with its own cache of quiz states, as two console
 * chats on one data folder or two bot processes) share one learner's quiz, or one channel's game: every answer is
 * counted once, whichever process takes it, and a process answering from a stale view is told it was answered
 * already.
 */
abstract class TwoProcessesOneQuizContract {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC);
    static final Learner ALICE = Learner.solo("alice");

    abstract TestDatabase db();

    static QuizService quizzes(Database database) {
        var cards = CardParser.parse("deck.md", "q0::a0\nq1::a1\nq2::a2");
        return QuizWiring.quizService(QuizWiring.cardPool(cards), database, CLOCK, Duration.ofMinutes(2));
    }

    @Test
    void aQuizAnsweredFromTwoProcessesCountsEachAnswerOnce() {
        try (Database second = db().another()) {
            QuizService a = quizzes(db().database());
            QuizService b = quizzes(second);
            // GIVEN a quiz started in A, and seen by B
            a.start(ALICE, "", 3, QuizMode.TYPED);
            assertThat(b.currentQuestion(ALICE)).hasValue(0);
            // WHEN A answers question 1, then B answers it from what it saw, and so on the other way round
            List<Effect> inA = a.handle(ALICE, new QuizEvent.Answer(0, answerOf(a)));
            List<Effect> inB = b.handle(ALICE, new QuizEvent.Answer(0, "a0"));
            List<Effect> nextInB = b.handle(ALICE, new QuizEvent.Answer(1, answerOf(b)));
            List<Effect> staleInA = a.handle(ALICE, new QuizEvent.Answer(1, "a1"));
            // THEN each answer counted once, and the stale ones were refused as answered already
            assertThat(inA).hasAtLeastOneElementOfType(Effect.Feedback.class);
            assertThat(nextInB).hasAtLeastOneElementOfType(Effect.Feedback.class);
            assertThat(inB).containsExactly(new Effect.Rejected("That question was already answered."));
            assertThat(staleInA).containsExactly(new Effect.Rejected("That question was already answered."));
            assertThat(a.scoreboard("alice").answered()).isEqualTo(2);
            assertThat(a.currentQuestion(ALICE)).hasValue(2);
            assertThat(b.currentQuestion(ALICE)).hasValue(2);
        }
    }

    @Test
    void aQuizWhoseServerMovesAwayAndBackToAProcessWithAWarmCacheGoesOnFromTheStore() {
        try (Database second = db().another()) {
            QuizService a = quizzes(db().database());
            QuizService b = quizzes(second);
            // GIVEN a quiz answered once in A, whose cache now holds it at question 2
            a.start(ALICE, "", 3, QuizMode.TYPED);
            a.handle(ALICE, new QuizEvent.Answer(0, answerOf(a)));
            // AND the server moved to B (another shard layout), where question 2 was answered
            List<Effect> inB = b.handle(ALICE, new QuizEvent.Answer(1, answerOf(b)));
            // WHEN the server moves back to A, and question 3 (as B showed it) is answered there
            String third = ((com.studybot.core.quiz.state.QuizState.Asking) b.state(ALICE))
                    .quiz()
                    .questions()
                    .get(2)
                    .answer();
            List<Effect> backInA = a.handle(ALICE, new QuizEvent.Answer(2, third));
            // THEN A went on from the store, not from its cache: the answer counted, and three answers in all
            assertThat(inB).hasAtLeastOneElementOfType(Effect.Feedback.class);
            assertThat(backInA).hasAtLeastOneElementOfType(Effect.Feedback.class);
            assertThat(quizzes(db().database()).scoreboard("alice").answered()).isEqualTo(3);
        }
    }

    @Test
    void aQuizAnsweredFromTwoJvmsCountsEachAnswerOnce() throws Exception {
        QuizService here = quizzes(db().database());
        // GIVEN a quiz started here, whose first question this process shows
        here.start(ALICE, "", 3, QuizMode.TYPED);
        String first = answerOf(here);
        // WHEN another JVM on the same database answers it, then this process answers it from what it showed
        assertThat(inAnotherJvm()).startsWith("Feedback");
        List<Effect> stale = here.handle(ALICE, new QuizEvent.Answer(0, first));
        List<Effect> next = here.handle(ALICE, new QuizEvent.Answer(1, answerOf(here)));
        // THEN the other JVM's answer counted, this one was refused as answered, and the quiz went on once
        assertThat(stale).containsExactly(new Effect.Rejected("That question was already answered."));
        assertThat(next).hasAtLeastOneElementOfType(Effect.Feedback.class);
        assertThat(quizzes(db().database()).scoreboard("alice").answered()).isEqualTo(2);
    }

    /** Runs {@link QuizInAnotherProcess} in a child JVM on this test's database; returns its one line. */
    private String inAnotherJvm() throws Exception {
        var command = new java.util.ArrayList<>(List.of(
                java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString(),
                "-cp",
                System.getProperty("java.class.path"),
                QuizInAnotherProcess.class.getName()));
        command.addAll(db().where());
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(child.waitFor()).as(out).isZero();
        return out.lines()
                .filter(l -> l.startsWith("answer: "))
                .findFirst()
                .orElseThrow(() -> new AssertionError(out))
                .substring("answer: ".length());
    }

    /** A group game as the app wires it: a write-through cache over the database's game store. */
    private static GameService games(Database database) {
        var items = List.of(
                item("k8s/pod", "Smallest deployable unit?", "Pod", "Node", "Pod", "Service"),
                item("k8s/cncf", "Who maintains Kubernetes?", "CNCF", "CNCF", "Apache", "Eclipse"));
        var result = new QuestionGenerator.Result(items, Map.of());
        return new GameService(
                () -> result,
                new CachingGameStore(new JdbcGameStore(database.dataSource(), CLOCK), database.transactions(), 100),
                new JdbcScoreStore(database.dataSource()),
                new JdbcCardMemoryStore(database.dataSource()),
                database.transactions(),
                new GameMachine(new AnswerGrader()),
                new Fsrs(FsrsParameters.defaults()),
                CLOCK,
                Duration.ZERO, // no lobby: the first question is asked at once
                Duration.ofSeconds(5));
    }

    private static QuizItem item(String id, String prompt, String answer, String... options) {
        var q = new Question(id, prompt, answer, List.of(), List.of(options), id + ".md › " + answer, answer + ".");
        return new QuizItem(id, List.of("Kubernetes"), Optional.empty(), Optional.of(q), true, answer + ".");
    }

    @Test
    void aGameAnsweredThroughTwoProcessesKeepsEveryAnswerOnce() {
        try (Database second = db().another()) {
            GameService a = games(db().database());
            GameService b = games(second);
            // GIVEN a game opened in A, whose first question B has seen
            a.start(
                    "chan",
                    "discord:g1",
                    "host",
                    new GameService.Setup("", 2, Duration.ofSeconds(20), GameMode.CHOICE));
            var asked = (GameState.Asking) b.state("chan").orElseThrow();
            Question q = asked.game().questions().get(0);
            String right = String.valueOf((char) ('A' + q.options().indexOf(q.answer())));
            // WHEN alice answers in A, then bob in B (from B's view, which lacks alice's answer), then alice in B
            var alice = a.handle("chan", new GameEvent.Answer("alice", 0, right));
            var bob = b.handle("chan", new GameEvent.Answer("bob", 0, right));
            var aliceAgain = b.handle("chan", new GameEvent.Answer("alice", 0, right));
            // THEN both answers are in the game, each counted once, and the second one of alice is refused
            assertThat(alice).singleElement().isInstanceOf(GameEffect.Accepted.class);
            assertThat(bob).singleElement().isInstanceOf(GameEffect.Accepted.class);
            assertThat(aliceAgain).singleElement().isInstanceOf(GameEffect.Rejected.class);
            var now = (GameState.Asking) games(db().database()).state("chan").orElseThrow(); // as stored
            assertThat(now.game().answers()).extracting(GameAnswer::member).containsExactlyInAnyOrder("alice", "bob");
            var scores = new JdbcScoreStore(db().database().dataSource());
            assertThat(scores.board("alice").answered()).isEqualTo(1);
            assertThat(scores.board("bob").answered()).isEqualTo(1);
        }
    }

    /** The answer of the question the service is asking now. */
    static String answerOf(QuizService s) {
        var asking = (com.studybot.core.quiz.state.QuizState.Asking) s.state(ALICE);
        return asking.quiz().questions().get(asking.index()).answer();
    }
}
