package com.studybot.core.quiz;

import java.util.List;
import java.util.Objects;

/**
 * A quiz question with its answer and the passage it came from. With {@code options} it is multiple
 * choice (the answer is one of them); without, the answer is typed and graded by {@link AnswerGrader}.
 */
public record Question(
        String id,
        String prompt,
        String answer,
        List<String> aliases,
        List<String> options,
        String citation,
        String quote) {
    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(answer, "answer");
        aliases = List.copyOf(aliases);
        options = List.copyOf(options);
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(quote, "quote");
        if (!options.isEmpty() && !options.contains(answer)) {
            throw new IllegalArgumentException("options must contain the answer");
        }
    }

    public boolean multipleChoice() {
        return !options.isEmpty();
    }
}
