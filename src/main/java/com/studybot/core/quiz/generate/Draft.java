package com.studybot.core.quiz.generate;

import java.util.List;
import java.util.Objects;

/**
 * A multiple-choice question as a language model wrote it, before any check: the question, its options,
 * the index of the correct one and the words of the passage said to support it (empty when none).
 */
public record Draft(String question, List<String> options, int answer, String quote) {
    /** Options a written question must have. */
    public static final int OPTIONS = 4;

    public Draft {
        Objects.requireNonNull(question, "question");
        options = List.copyOf(options);
        Objects.requireNonNull(quote, "quote");
        if (answer < 0 || answer >= options.size()) {
            throw new IllegalArgumentException("answer must index an option, was " + answer);
        }
    }

    /** The correct option. */
    public String correct() {
        return options.get(answer);
    }

    /** The other options. */
    public List<String> distractors() {
        var out = new java.util.ArrayList<>(options);
        out.remove(answer);
        return List.copyOf(out);
    }
}
