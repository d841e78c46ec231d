package com.studybot.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.Wiring;
import com.studybot.core.quiz.CardParser;
import com.studybot.core.quiz.Learner;
import com.studybot.core.quiz.QuizService;
import com.studybot.core.quiz.state.Effect;
import com.studybot.core.quiz.state.QuizEvent;
import com.studybot.core.quiz.state.QuizMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two processes on one database (two connection pools, each with its own cache of quiz states, as two console
 * chats on one data folder or two bot processes) share one learner's quiz: every answer is counted once,
 * whichever process takes it, and a process answering from a stale view is told it was answered already.
 */
abstract class TwoProcessesOneQuizContract {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC);
    private static final Learner ALICE = Learner.solo("alice");

    abstract TestDatabase db();

    private static QuizService quizzes(Database database) {
        var cards = CardParser.parse("deck.md", "q0::a0\nq1::a1\nq2::a2");
        return Wiring.quizService(Wiring.cardPool(cards), database, CLOCK, Duration.ofMinutes(2));
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

    /** The answer of the question the service is asking now. */
    private static String answerOf(QuizService s) {
        var asking = (com.studybot.core.quiz.state.QuizState.Asking) s.state(ALICE);
        return asking.quiz().questions().get(asking.index()).answer();
    }
}
