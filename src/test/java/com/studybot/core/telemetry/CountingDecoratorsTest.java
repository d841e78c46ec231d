package com.studybot.core.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.answer.Answer;
import com.studybot.core.answer.Answerer;
import com.studybot.testing.InMemoryScoreStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The answer and quiz-answer counters see what passes through, and change nothing of it. */
final class CountingDecoratorsTest {
    private final List<String> heard = new ArrayList<>();
    private final Telemetry telemetry = new Telemetry() {
        @Override
        public void answer(Answer.Kind outcome) {
            heard.add("answer " + outcome.id);
        }

        @Override
        public void quizAnswer(boolean correct) {
            heard.add(correct ? "correct" : "wrong");
        }
    };

    @Test
    void eachAnswersOutcomeIsCountedAndTheAnswerPassedOnUnchanged() {
        // GIVEN an answerer that finds nothing
        Answer nothing = new Answer.NotInNotes("What is Helm?", List.of(), List.of(), 0.1);
        Answerer counting = new CountingAnswerer((question, topK) -> nothing, telemetry);
        // WHEN asked twice, once streaming
        Answer first = counting.answer("What is Helm?", 5);
        Answer second = counting.answer("What is Helm?", 5, draft -> {});
        // THEN
        assertThat(first).isSameAs(nothing);
        assertThat(second).isSameAs(nothing);
        assertThat(heard).containsExactly("answer not_in_notes", "answer not_in_notes");
    }

    @Test
    void eachRecordedQuizAnswerIsCountedRightOrWrong() {
        // GIVEN
        var scores = new InMemoryScoreStore();
        var counting = new CountingScoreStore(scores, telemetry);
        Instant now = Instant.parse("2026-12-06T08:00:00Z");
        // WHEN
        counting.record("alice", "g1", "aws", "q1", true, now);
        counting.record("alice", "aws", false, now);
        // THEN
        assertThat(heard).containsExactly("correct", "wrong");
        assertThat(counting.board("alice").answered()).isEqualTo(2);
    }
}
