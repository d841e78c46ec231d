package com.studybot.core.quiz.state;

import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.Rating;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** What a user (or the clock) did. Answers name the question they answer, so a repeat counts once. */
public sealed interface QuizEvent {
    record Start(String topic, QuizMode mode, List<Question> questions, Duration timePerQuestion) implements QuizEvent {
        public Start {
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(mode, "mode");
            questions = List.copyOf(questions);
            Objects.requireNonNull(timePerQuestion, "timePerQuestion");
        }
    }

    record Answer(int questionIndex, String text) implements QuizEvent {
        public Answer {
            Objects.requireNonNull(text, "text");
        }
    }

    record Skip(int questionIndex) implements QuizEvent {}

    record Hint() implements QuizEvent {}

    record Timeout(int questionIndex) implements QuizEvent {}

    /** In a {@link QuizMode#CARDS} quiz: show the answer of the card on screen without typing one. */
    record Reveal(int questionIndex) implements QuizEvent {}

    /** In a {@link QuizMode#CARDS} quiz: the user's own grade for the card whose answer is shown. */
    record Rate(int questionIndex, Rating rating) implements QuizEvent {
        public Rate {
            Objects.requireNonNull(rating, "rating");
        }
    }

    record Stop() implements QuizEvent {}

    /** "I was right": the user's typed answer to question {@code questionIndex}, marked wrong, counts as right. */
    record Overrule(int questionIndex) implements QuizEvent {}
}
