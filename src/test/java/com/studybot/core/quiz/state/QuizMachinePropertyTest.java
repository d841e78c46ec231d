package com.studybot.core.quiz.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.quiz.AnswerGrader;
import com.studybot.core.quiz.Rating;
import com.studybot.core.quiz.state.Effect.Outcome;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded random event sequences (no jqwik here): the machine's invariants hold after every event. */
final class QuizMachinePropertyTest {
    private final QuizMachine machine = new QuizMachine(new AnswerGrader());

    static List<Long> seeds() {
        return new SplittableRandom(20261123).longs(200).boxed().toList();
    }

    private static QuizEvent randomEvent(SplittableRandom r, QuizState state) {
        int index = running(state).map(i -> i + r.nextInt(-1, 2)).orElse(r.nextInt(3));
        return switch (r.nextInt(10)) {
            case 0 ->
                new QuizEvent.Start(
                        "t",
                        QuizMode.values()[r.nextInt(QuizMode.values().length)],
                        r.nextBoolean() ? List.of(QuizMachineTest.TYPED, QuizMachineTest.CHOICE) : List.of(),
                        QuizMachineTest.PER_QUESTION);
            case 1 -> new QuizEvent.Answer(index, r.nextBoolean() ? "Fargate" : "Lambda");
            case 2 ->
                new QuizEvent.Answer(
                        index, List.of("a", "b", "Pod", "pod", "node", "").get(r.nextInt(6)));
            case 3 -> new QuizEvent.Skip(index);
            case 4 -> new QuizEvent.Hint();
            case 5 -> new QuizEvent.Timeout(index);
            case 6 -> new QuizEvent.Reveal(index);
            case 7 -> new QuizEvent.Rate(index, Rating.values()[r.nextInt(Rating.values().length)]);
            case 8 -> new QuizEvent.Overrule(r.nextInt(4) == 0 ? -1 : index - 1); // "I was right" (or a bad index)
            default -> new QuizEvent.Stop();
        };
    }

    private static Optional<Quiz> quizIn(QuizState state) {
        if (state instanceof QuizState.Asking a) {
            return Optional.of(a.quiz());
        }
        if (state instanceof QuizState.Revealed v) {
            return Optional.of(v.quiz());
        }
        return state instanceof QuizState.Finished f ? Optional.of(f.quiz()) : Optional.empty();
    }

    private static Optional<Integer> running(QuizState state) {
        if (state instanceof QuizState.Asking a) {
            return Optional.of(a.index());
        }
        if (state instanceof QuizState.Revealed v) {
            return Optional.of(v.index());
        }
        return Optional.empty();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void invariantsHoldForAnyEventSequence(long seed) {
        // GIVEN a seeded random sequence of events / WHEN each is applied / THEN every invariant holds
        walk(seed);
    }

    @Test
    void theSequencesReachEveryStateAndRating() {
        // GIVEN the seeded sequences
        var seen = new HashSet<String>();
        // WHEN all of them run
        seeds().forEach(seed -> seen.addAll(walk(seed)));
        // THEN cards were revealed and rated every way, graded answers rated all but EASY, quizzes finished
        assertThat(seen)
                .contains("Revealed", "Finished", "Rejected", "Overruled")
                .contains("rated:AGAIN", "rated:HARD", "rated:GOOD", "rated:EASY")
                .contains("graded:AGAIN", "graded:HARD", "graded:GOOD")
                .doesNotContain("graded:EASY");
    }

    /** Runs one sequence, checking the invariants after each event; returns what it saw. */
    private Set<String> walk(long seed) {
        var r = new SplittableRandom(seed);
        var seen = new HashSet<String>();
        QuizState state = new QuizState.Idle();
        Instant now = QuizMachineTest.T0;
        int correctSinceStart = 0;
        for (int step = 0; step < 60; step++) {
            QuizEvent event = randomEvent(r, state);
            now = now.plusSeconds(r.nextInt(4) == 0 ? r.nextInt(0, 90) : r.nextInt(0, 10)); // mostly quick users
            Transition t = machine.apply(state, event, now); // constructors throw on any illegal state
            seen.add(t.state().getClass().getSimpleName());
            // stop always returns to Idle
            if (event instanceof QuizEvent.Stop) {
                assertThat(t.state()).isEqualTo(new QuizState.Idle());
            }
            // a rejected event changes nothing
            if (t.effects().stream().anyMatch(Effect.Rejected.class::isInstance)) {
                assertThat(t.state()).isEqualTo(state);
                assertThat(t.effects()).hasSize(1);
                seen.add("Rejected");
            }
            boolean started = event instanceof QuizEvent.Start
                    && running(state).isEmpty()
                    && t.state() instanceof QuizState.Asking;
            if (started) {
                correctSinceStart = 0;
            }
            for (Effect e : t.effects()) {
                if (e instanceof Effect.Overruled) {
                    // counted right once: a first asking adds to the score, a second asking does not
                    var before = quizIn(state).orElseThrow();
                    correctSinceStart += before.again(before.overrulable()) ? 0 : 1;
                    seen.add("Overruled");
                }
                if (e instanceof Effect.Feedback f) {
                    // every verdict carries a rating that agrees with it
                    assertThat(f.outcome() == Outcome.CORRECT).isEqualTo(f.rating() != Rating.AGAIN);
                    // a miss comes back once, later; the second asking does not count for the score
                    assertThat(f.again() == Effect.Again.LATER)
                            .isEqualTo(f.outcome() != Outcome.CORRECT && f.again() != Effect.Again.WAS_AGAIN);
                    if (f.again() != Effect.Again.WAS_AGAIN) {
                        correctSinceStart += f.outcome() == Outcome.CORRECT ? 1 : 0;
                    }
                    seen.add((quizOf(state).mode() == QuizMode.CARDS ? "rated:" : "graded:") + f.rating());
                }
            }
            // the score is the number of correct answers, and the index the next unanswered question; every
            // question asked again is one missed the first time
            quizIn(t.state())
                    .ifPresent(q -> assertThat(q.questions()
                                    .subList(q.original(), q.questions().size()))
                            .isEqualTo(q.missed()));
            if (t.state() instanceof QuizState.Asking a) {
                assertThat(a.quiz().score()).isEqualTo(correctSinceStart);
                assertThat(a.index()).isEqualTo(a.quiz().results().size());
            } else if (t.state() instanceof QuizState.Revealed v) {
                assertThat(v.quiz().mode()).isEqualTo(QuizMode.CARDS);
                assertThat(v.quiz().score()).isEqualTo(correctSinceStart);
            } else if (t.state() instanceof QuizState.Finished f) {
                assertThat(f.quiz().score()).isEqualTo(correctSinceStart);
            }
            state = t.state();
        }
        return seen;
    }

    private static Quiz quizOf(QuizState state) {
        return state instanceof QuizState.Asking a ? a.quiz() : ((QuizState.Revealed) state).quiz();
    }
}
