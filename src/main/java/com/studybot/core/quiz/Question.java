package com.studybot.core.quiz;

import java.util.List;
import java.util.Objects;

/**
 * A quiz question with its answer and the passage it came from. With {@code options} it is multiple
 * choice (the answer is one of them); without, the answer is typed and graded by {@link AnswerGrader}.
 * {@code citation} names the file and heading the answer comes from (shown with the verdict); {@code
 * context} is what may be shown while asking: the citation without any heading that would give the answer
 * away. {@code quote} is the passage text shown after the answer.
 */
public record Question(
        String id,
        String prompt,
        String answer,
        List<String> aliases,
        List<String> options,
        String citation,
        String quote,
        String context) {
    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(answer, "answer");
        aliases = List.copyOf(aliases);
        options = List.copyOf(options);
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(context, "context");
        if (!options.isEmpty() && !options.contains(answer)) {
            throw new IllegalArgumentException("options must contain the answer");
        }
    }

    /** A question whose citation gives nothing away, so it is also its context. */
    public Question(
            String id,
            String prompt,
            String answer,
            List<String> aliases,
            List<String> options,
            String citation,
            String quote) {
        this(id, prompt, answer, aliases, options, citation, quote, citation);
    }

    /** A card's quote is the card itself ("front → back"): renderers need not show it again. */
    public boolean quotesItself() {
        return quote.startsWith(prompt + " → ");
    }

    public boolean multipleChoice() {
        return !options.isEmpty();
    }

    /**
     * What the user typed as an answer, when it was words rather than nothing or a letter picking an option: the
     * answer they may say was right after all, and the one quoted back to them.
     */
    public java.util.Optional<String> typedWords(String given) {
        String g = given.strip();
        boolean letter = multipleChoice() && g.matches("(?i)[a-z]");
        boolean said = TrueFalse.is(this) && TrueFalse.reading(g).isPresent(); // "true" picks an option too
        return g.isEmpty() || letter || said ? java.util.Optional.empty() : java.util.Optional.of(g);
    }

    /** The same question asked without options. */
    public Question withoutOptions() {
        return new Question(id, prompt, answer, aliases, List.of(), citation, quote, context);
    }
}
