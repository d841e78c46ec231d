package com.studybot.core.quiz.state;

import com.studybot.core.quiz.Question;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** What a user (or the clock) did. Answers name the question they answer, so a repeat counts once. */
public sealed interface QuizEvent {
    record Start(String topic, List<Question> questions, Duration timePerQuestion) implements QuizEvent {
        public Start {
            Objects.requireNonNull(topic, "topic");
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

    record Stop() implements QuizEvent {}
}
