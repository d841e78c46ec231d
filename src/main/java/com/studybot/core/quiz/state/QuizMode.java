package com.studybot.core.quiz.state;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a quiz asks its questions. The caller prepares the questions for the mode; the machine itself only
 * behaves differently for {@link #CARDS}.
 */
public enum QuizMode {
    /** Each question in its natural form: multiple choice when it has options, else typed. */
    MIXED,
    /** Typed answers. */
    TYPED,
    /** Multiple choice. */
    CHOICE,
    /** Self-graded flash cards: show the prompt, reveal the answer, the user rates again/hard/good/easy. */
    CARDS,
    /** Only the items that are due, each in its natural form. */
    REVIEW;

    private static final Map<String, QuizMode> WORDS = Map.ofEntries(
            Map.entry("mixed", MIXED),
            Map.entry("typed", TYPED),
            Map.entry("type", TYPED),
            Map.entry("choice", CHOICE),
            Map.entry("mc", CHOICE),
            Map.entry("multiple", CHOICE),
            Map.entry("cards", CARDS),
            Map.entry("card", CARDS),
            Map.entry("flashcards", CARDS),
            Map.entry("review", REVIEW));

    /** The mode a word names ("cards", "mc", "typed"...), ignoring case and surrounding blanks. */
    public static Optional<QuizMode> parse(String word) {
        Objects.requireNonNull(word, "word");
        return Optional.ofNullable(WORDS.get(word.strip().toLowerCase(Locale.ROOT)));
    }
}
