package com.studybot.core.quiz.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.quiz.AnswerGrader;
import com.studybot.core.quiz.state.Effect.Outcome;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded random event sequences (no jqwik here): the machine's invariants hold after every event. */
final class QuizMachinePropertyTest {
    private final QuizMachine machine = new QuizMachine(new AnswerGrader());

    static List<Long> seeds() {
        return new SplittableRandom(20261123).longs(200).boxed().toList();
    }

    private static QuizEvent randomEvent(SplittableRandom r, QuizState state) {
        int index = state instanceof QuizState.Asking a ? a.index() + r.nextInt(-1, 2) : r.nextInt(3);
        return switch (r.nextInt(7)) {
            case 0 ->
                new QuizEvent.Start(
                        "t",
                        r.nextBoolean() ? List.of(QuizMachineTest.TYPED, QuizMachineTest.CHOICE) : List.of(),
                        QuizMachineTest.PER_QUESTION);
            case 1 -> new QuizEvent.Answer(index, r.nextBoolean() ? "Fargate" : "Lambda");
            case 2 ->
                new QuizEvent.Answer(
                        index, List.of("a", "b", "Pod", "pod", "node").get(r.nextInt(5)));
            case 3 -> new QuizEvent.Skip(index);
            case 4 -> new QuizEvent.Hint();
            case 5 -> new QuizEvent.Timeout(index);
            default -> new QuizEvent.Stop();
        };
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void invariantsHoldForAnyEventSequence(long seed) {
        var r = new SplittableRandom(seed);
        QuizState state = new QuizState.Idle();
        Instant now = QuizMachineTest.T0;
        int correctSinceStart = 0;
        for (int step = 0; step < 60; step++) {
            QuizEvent event = randomEvent(r, state);
            now = now.plusSeconds(r.nextInt(0, 90));
            Transition t = machine.apply(state, event, now);
            // stop always returns to Idle
            if (event instanceof QuizEvent.Stop) {
                assertThat(t.state()).isEqualTo(new QuizState.Idle());
            }
            // a rejected event changes nothing
            if (t.effects().stream().anyMatch(Effect.Rejected.class::isInstance)) {
                assertThat(t.state()).isEqualTo(state);
            }
            boolean started = event instanceof QuizEvent.Start
                    && !(state instanceof QuizState.Asking)
                    && t.state() instanceof QuizState.Asking;
            if (started) {
                correctSinceStart = 0;
            }
            correctSinceStart += (int) t.effects().stream()
                    .filter(e -> e instanceof Effect.Feedback f && f.outcome() == Outcome.CORRECT)
                    .count();
            // the score is the number of correct answers, never more than the questions asked
            if (t.state() instanceof QuizState.Asking a) {
                assertThat(a.quiz().score()).isEqualTo(correctSinceStart);
                assertThat(a.index()).isEqualTo(a.quiz().results().size());
            } else if (t.state() instanceof QuizState.Finished f) {
                assertThat(f.quiz().score()).isEqualTo(correctSinceStart);
            }
            state = t.state();
        }
    }
}
