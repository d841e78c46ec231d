package com.studybot.core.content;

import java.util.List;
import java.util.Objects;

/**
 * A run of text under one heading path. {@code headingPath} lists the enclosing headings from the
 * outermost down ("Docker", "Dockerfile"); it is empty for text before the first heading. Paragraphs in
 * {@code text} are separated by a blank line. {@code keyTerms} are the words the author marked as key
 * (bold or highlighted in Markdown), in order of appearance; quiz questions are built around them.
 */
public record Section(List<String> headingPath, String text, List<String> keyTerms) {
    public Section {
        headingPath = List.copyOf(Objects.requireNonNull(headingPath, "headingPath"));
        Objects.requireNonNull(text, "text");
        keyTerms = List.copyOf(Objects.requireNonNull(keyTerms, "keyTerms"));
    }

    /** A section without marked key terms (plain text, PDF). */
    public Section(List<String> headingPath, String text) {
        this(headingPath, text, List.of());
    }

    /** The heading path joined for display, e.g. {@code Docker › Dockerfile}; empty when there is none. */
    public String headingLabel() {
        return HeadingPaths.label(headingPath);
    }
}
