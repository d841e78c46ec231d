package com.studybot.core.quiz.game;

import java.util.Locale;
import java.util.Optional;

/** How the members of a group game answer: by picking an option (the default) or by typing the answer. */
public enum GameMode {
    CHOICE,
    TYPED;

    /** The mode a word names ("mc", "choice", "typed"), ignoring case. */
    public static Optional<GameMode> parse(String word) {
        return switch (word.strip().toLowerCase(Locale.ROOT)) {
            case "mc", "choice", "multiple", "multiple choice" -> Optional.of(CHOICE);
            case "typed", "type", "text" -> Optional.of(TYPED);
            default -> Optional.empty();
        };
    }
}
