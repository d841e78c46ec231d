package com.studybot.core.quiz.state;

import com.studybot.core.quiz.Question;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A running quiz: how it asks, its questions, the time allowed for each, and the result of each question
 * asked so far. The first {@code original} questions are the quiz; a question missed among them is asked once
 * more at the end (as Quizlet Learn does), so {@code questions} grows by the misses. {@code overrulable} is
 * the question whose typed answer was just marked wrong, which the user may still count as right, or
 * {@link #NONE}.
 */
public record Quiz(
        String topic,
        QuizMode mode,
        List<Question> questions,
        Duration timePerQuestion,
        List<Boolean> results,
        int original,
        int overrulable) {
    /** No answer may be counted as right by the user ({@link #overrulable}). */
    public static final int NONE = -1;

    /** A quiz with no question asked again yet and no answer to overrule. */
    public Quiz(
            String topic, QuizMode mode, List<Question> questions, Duration timePerQuestion, List<Boolean> results) {
        this(topic, mode, questions, timePerQuestion, results, questions.size(), NONE);
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
        if (overrulable != NONE && (overrulable < 0 || overrulable >= results.size() || results.get(overrulable))) {
            throw new IllegalArgumentException("only a settled wrong answer may be overruled, not " + overrulable);
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

    /** The quiz with the next question settled; {@code overrulable} says whether the user may count it right. */
    Quiz with(boolean result, boolean overrulable) {
        var next = new ArrayList<>(results);
        next.add(result);
        return new Quiz(topic, mode, questions, timePerQuestion, next, original, overrulable ? results.size() : NONE);
    }

    /** The quiz with {@code q} asked once more at the end. */
    Quiz askingAgain(Question q) {
        var next = new ArrayList<>(questions);
        next.add(q);
        return new Quiz(topic, mode, next, timePerQuestion, results, original, overrulable);
    }

    /**
     * The quiz with the overrulable answer counted as right ("I was right"), and its second asking, if still to
     * come, dropped.
     */
    Quiz overruled() {
        var nextResults = new ArrayList<>(results);
        nextResults.set(overrulable, true);
        var nextQuestions = new ArrayList<>(questions);
        Question q = questions.get(overrulable);
        for (int i = nextQuestions.size() - 1; i >= Math.max(original, results.size()); i--) {
            if (nextQuestions.get(i).equals(q)) {
                nextQuestions.remove(i);
                break;
            }
        }
        return new Quiz(topic, mode, nextQuestions, timePerQuestion, nextResults, original, NONE);
    }
}
