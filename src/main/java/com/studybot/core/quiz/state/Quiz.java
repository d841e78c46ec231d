package com.studybot.core.quiz.state;

import com.studybot.core.quiz.Question;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A running quiz: how it asks, its questions, the time allowed for each, and the result of each question
 * asked so far. The first {@code original} questions are the quiz; a question missed among them is asked once
 * more at the end (as Quizlet Learn does), so {@code questions} grows by the misses.
 */
public record Quiz(
        String topic,
        QuizMode mode,
        List<Question> questions,
        Duration timePerQuestion,
        List<Boolean> results,
        int original) {
    /** A quiz with no question asked again yet. */
    public Quiz(
            String topic, QuizMode mode, List<Question> questions, Duration timePerQuestion, List<Boolean> results) {
        this(topic, mode, questions, timePerQuestion, results, questions.size());
    }

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
        if (original < 1 || original > questions.size()) {
            throw new IllegalArgumentException("original must be 1.." + questions.size() + ", was " + original);
        }
    }

    /** The questions right the first time they were asked. */
    public int score() {
        int score = 0;
        for (int i = 0; i < Math.min(original, results.size()); i++) {
            score += results.get(i) ? 1 : 0;
        }
        return score;
    }

    /** How many of the quiz's own questions were answered (a question asked again is not counted twice). */
    public int answered() {
        return Math.min(original, results.size());
    }

    /** Whether question {@code index} is one asked again. */
    public boolean again(int index) {
        return index >= original;
    }

    /** The quiz's own questions not right the first time: what to review. */
    public List<Question> missed() {
        var out = new ArrayList<Question>();
        for (int i = 0; i < answered(); i++) {
            if (!results.get(i)) {
                out.add(questions.get(i));
            }
        }
        return List.copyOf(out);
    }

    Quiz with(boolean result) {
        var next = new ArrayList<>(results);
        next.add(result);
        return new Quiz(topic, mode, questions, timePerQuestion, next, original);
    }

    /** The quiz with {@code q} asked once more at the end. */
    Quiz askingAgain(Question q) {
        var next = new ArrayList<>(questions);
        next.add(q);
        return new Quiz(topic, mode, next, timePerQuestion, results, original);
    }
}
