package com.studybot.core.content;

import java.util.List;
import java.util.Objects;

/**
 * A passage small enough to embed: its text, the file it came from and the heading path above it. The
 * {@code id} is stable across runs (file + position); {@code contentHash} changes when the text does.
 */
public record Chunk(String id, String file, List<String> headingPath, String text, String contentHash) {
    public Chunk {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        headingPath = List.copyOf(Objects.requireNonNull(headingPath, "headingPath"));
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(contentHash, "contentHash");
    }

    public String headingLabel() {
        return HeadingPaths.label(headingPath);
    }

    /** File and heading for a citation, e.g. {@code aws/fargate.md › Fargate › Pricing}. */
    public String citationLabel() {
        return headingPath.isEmpty() ? file : file + HeadingPaths.SEPARATOR + headingLabel();
    }
}
