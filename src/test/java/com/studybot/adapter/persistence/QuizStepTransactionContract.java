package com.studybot.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.studybot.core.persistence.QuizStateStore;
import com.studybot.core.quiz.AnswerGrader;
import com.studybot.core.quiz.CardParser;
import com.studybot.core.quiz.Fsrs;
import com.studybot.core.quiz.FsrsParameters;
import com.studybot.core.quiz.Learner;
import com.studybot.core.quiz.QuizService;
import com.studybot.core.quiz.generate.QuestionGenerator;
import com.studybot.core.quiz.state.QuizEvent;
import com.studybot.core.quiz.state.QuizMachine;
import com.studybot.core.quiz.state.QuizMode;
import com.studybot.core.quiz.state.QuizState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * One quiz step (score, spaced-repetition memory, quiz state) is committed as one: when the last write
 * fails, the earlier ones are rolled back, so a retried answer is neither lost nor counted twice.
 */
abstract class QuizStepTransactionContract {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    abstract Database database();

    /** A state store that fails its next save on request, as a database might mid-step. */
    private static final class Flaky implements QuizStateStore {
        final QuizStateStore real;
        final AtomicBoolean failNext = new AtomicBoolean();

        Flaky(QuizStateStore real) {
            this.real = real;
        }

        @Override
        public Optional<QuizState> load(String scope) {
            return real.load(scope);
        }

        @Override
        public void save(String scope, QuizState state) {
            if (failNext.getAndSet(false)) {
                throw new IllegalStateException("disk full");
            }
            real.save(scope, state);
        }
    }

    @Test
    void aFailedStateSaveRollsBackTheScoreAndTheMemory() {
        // GIVEN a running quiz over a real database whose next state save fails
        Database db = database();
        var cards = CardParser.parse("k8s.md", "# K8s\nSmallest deployable unit::pod\nWho maintains Kubernetes::CNCF");
        var states = new Flaky(new JdbcQuizStateStore(db.dataSource(), CLOCK));
        var memory = new JdbcCardMemoryStore(db.dataSource());
        var scores = new JdbcScoreStore(db.dataSource());
        var service = new QuizService(
                () -> new QuestionGenerator(new AnswerGrader()).generate(List.of(), cards),
                memory,
                states,
                scores,
                db.transactions(),
                new QuizMachine(new AnswerGrader()),
                new Fsrs(FsrsParameters.defaults()),
                CLOCK,
                Duration.ofMinutes(2));
        Learner ann = Learner.solo("ann");
        service.start(ann, "", 2, QuizMode.TYPED);
        states.failNext.set(true);
        // WHEN the answer's step fails, and the answer is sent again
        assertThatThrownBy(() -> service.handle(ann, new QuizEvent.Answer(0, "pod")))
                .hasMessage("disk full");
        var afterFailure = scores.board("ann").answered();
        var memoryAfterFailure = memory.find("ann", cards.get(0).id());
        service.handle(ann, new QuizEvent.Answer(0, "pod"));
        // THEN nothing of the failed step stayed, and the retry counted once
        assertThat(afterFailure).isZero();
        assertThat(memoryAfterFailure).isEmpty();
        assertThat(scores.board("ann").answered()).isEqualTo(1);
        assertThat(memory.find("ann", cards.get(0).id()).orElseThrow().reps()).isEqualTo(1);
        assertThat(service.currentQuestion(ann)).hasValue(1);
    }
}
