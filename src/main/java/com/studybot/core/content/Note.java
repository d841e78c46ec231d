package com.studybot.core.content;

import java.util.List;
import java.util.Objects;

/**
 * One parsed note. {@code path} is relative to the content root with {@code /} separators; {@code title}
 * comes from frontmatter, the first heading or the file name.
 */
public record Note(String path, String title, List<String> tags, List<String> aliases, List<Section> sections) {
    public Note {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(title, "title");
        if (path.isBlank()) {
            throw new IllegalArgumentException("path must not be blank");
        }
        tags = List.copyOf(Objects.requireNonNull(tags, "tags"));
        aliases = List.copyOf(Objects.requireNonNull(aliases, "aliases"));
        sections = List.copyOf(Objects.requireNonNull(sections, "sections"));
    }
}
