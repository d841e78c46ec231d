package com.studybot.core.quiz.state;

import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.Rating;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** What to show the user after a transition; adapters render these. */
public sealed interface Effect {
    /** Question {@code number} of {@code total}, to answer by {@code deadline}; {@code mode} says how (cards: self-graded). */
    record ShowQuestion(int number, int total, Question question, Instant deadline, QuizMode mode) implements Effect {}

    /**
     * The verdict on a question, with the right answer and the passage it comes from, and the FSRS
     * {@code rating} the answer earned: {@link Rating#AGAIN} exactly when the outcome is not CORRECT.
     */
    record Feedback(Outcome outcome, Question question, String given, Rating rating, Again again) implements Effect {
        public Feedback(Outcome outcome, Question question, String given, Rating rating) {
            this(outcome, question, given, rating, Again.NO);
        }

        public Feedback {
            Objects.requireNonNull(again, "again");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(given, "given");
            Objects.requireNonNull(rating, "rating");
            if ((outcome == Outcome.CORRECT) == (rating == Rating.AGAIN)) {
                throw new IllegalArgumentException("rating must be AGAIN exactly when the outcome is not CORRECT, was "
                        + outcome + " with " + rating);
            }
        }
    }

    /**
     * A flash card's answer is shown for the user to grade; {@code matches} says whether {@code given} (what
     * the user typed first) would have been graded correct, false when nothing was typed.
     */
    record Reveal(Question question, String given, boolean matches) implements Effect {
        public Reveal {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(given, "given");
        }
    }

    /**
     * Whether a settled question comes back: {@code NO}; {@code LATER} (missed the first time: it is asked again
     * before the quiz ends); {@code WAS_AGAIN} (this was its second asking: the first already counted).
     */
    enum Again {
        NO,
        LATER,
        WAS_AGAIN
    }

    record ShowHint(String hint) implements Effect {}

    /** The user's answer to {@code question}, marked wrong, now counts as right (once). */
    record Overruled(Question question) implements Effect {}

    /**
     * The quiz summed up: {@code score} of the {@code total} questions right the first time, {@code answered} of
     * them answered, and the ones {@code toReview} (missed the first time).
     */
    record Summary(String topic, int score, int answered, int total, List<Question> toReview) implements Effect {
        public Summary(String topic, int score, int answered, int total) {
            this(topic, score, answered, total, List.of());
        }

        public Summary {
            Objects.requireNonNull(topic, "topic");
            toReview = List.copyOf(toReview);
        }
    }

    /** The event made no sense now; nothing changed. */
    record Rejected(String message) implements Effect {}

    enum Outcome {
        CORRECT,
        WRONG,
        /** A flash card the user rated "again": not wrong, just not known yet. */
        AGAIN,
        SKIPPED,
        TIMED_OUT
    }
}
