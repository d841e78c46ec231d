package com.studybot.core.quiz.state;

import com.studybot.core.quiz.Question;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A running quiz: how it asks, its questions, the time allowed for each, and the result of each question
 * asked so far.
 */
public record Quiz(
        String topic, QuizMode mode, List<Question> questions, Duration timePerQuestion, List<Boolean> results) {
    public Quiz {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(mode, "mode");
        questions = List.copyOf(questions);
        results = List.copyOf(results);
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("questions must not be empty");
        }
        if (results.size() > questions.size()) {
            throw new IllegalArgumentException("more results than questions");
        }
        if (timePerQuestion.isNegative() || timePerQuestion.isZero()) {
            throw new IllegalArgumentException("timePerQuestion must be positive");
        }
    }

    public int score() {
        return (int) results.stream().filter(Boolean::booleanValue).count();
    }

    Quiz with(boolean result) {
        var next = new ArrayList<>(results);
        next.add(result);
        return new Quiz(topic, mode, questions, timePerQuestion, next);
    }
}
