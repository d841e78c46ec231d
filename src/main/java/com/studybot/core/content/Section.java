package com.studybot.core.content;

import java.util.List;
import java.util.Objects;

/**
 * A run of text under one heading path. {@code headingPath} lists the enclosing headings from the
 * outermost down ("Docker", "Dockerfile"); it is empty for text before the first heading. Paragraphs in
 * {@code text} are separated by a blank line.
 */
public record Section(List<String> headingPath, String text) {
    public Section {
        headingPath = List.copyOf(Objects.requireNonNull(headingPath, "headingPath"));
        Objects.requireNonNull(text, "text");
    }

    /** The heading path joined for display, e.g. {@code Docker › Dockerfile}; empty when there is none. */
    public String headingLabel() {
        return HeadingPaths.label(headingPath);
    }
}
