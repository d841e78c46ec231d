package com.studybot.core.quiz.state;

import java.time.Instant;
import java.util.Objects;

/** Where one user's quiz stands. */
public sealed interface QuizState {
    record Idle() implements QuizState {}

    /** Question {@code index} is on screen until {@code deadline}; {@code hints} were shown for it. */
    record Asking(Quiz quiz, int index, Instant deadline, int hints) implements QuizState {
        public Asking {
            Objects.requireNonNull(quiz, "quiz");
            Objects.requireNonNull(deadline, "deadline");
            requireNextUnanswered(quiz, index);
        }
    }

    /**
     * In a {@link QuizMode#CARDS} quiz the answer of question {@code index} is shown and the user's own grade
     * is awaited; {@code given} is what the user typed before revealing it ("" if nothing).
     */
    record Revealed(Quiz quiz, int index, String given) implements QuizState {
        public Revealed {
            Objects.requireNonNull(quiz, "quiz");
            Objects.requireNonNull(given, "given");
            requireNextUnanswered(quiz, index);
        }
    }

    /** Every question was answered; the summary stays until a new quiz starts or the user stops. */
    record Finished(Quiz quiz) implements QuizState {
        public Finished {
            if (quiz.results().size() != quiz.questions().size()) {
                throw new IllegalArgumentException("a finished quiz has a result for every question");
            }
        }
    }

    private static void requireNextUnanswered(Quiz quiz, int index) {
        if (index < 0
                || index >= quiz.questions().size()
                || index != quiz.results().size()) {
            throw new IllegalArgumentException("index must be the next unanswered question, was " + index);
        }
    }
}
