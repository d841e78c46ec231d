package com.studybot.core.quiz;

import com.studybot.core.content.HeadingPaths;
import java.util.List;
import java.util.Objects;

/**
 * A flash card written in a note: the prompt, the answer, where it stands (file and heading path) and its
 * kind. The id is stable while the card's text is unchanged, so review history survives re-indexing.
 */
public record Card(String id, String file, List<String> headingPath, String front, String back, Kind kind) {
    /** How the card was written: {@code q::a}, {@code q:::a} (one card each way), or a cloze deletion. */
    public enum Kind {
        BASIC,
        REVERSED,
        CLOZE
    }

    public Card {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        headingPath = List.copyOf(headingPath);
        Objects.requireNonNull(kind, "kind");
        if (front == null || front.isBlank()) {
            throw new IllegalArgumentException("front must not be blank");
        }
        if (back == null || back.isBlank()) {
            throw new IllegalArgumentException("back must not be blank");
        }
    }

    public String citationLabel() {
        return headingPath.isEmpty() ? file : file + HeadingPaths.SEPARATOR + HeadingPaths.label(headingPath);
    }
}
