package com.studybot.core.answer;

import com.studybot.core.content.Chunk;
import com.studybot.core.content.HeadingPaths;
import java.util.Objects;

/** Where an answer came from: a file relative to the notes folder and the heading path inside it. */
public record Citation(String file, String heading) {
    public Citation {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(heading, "heading");
    }

    public static Citation of(Chunk chunk) {
        return new Citation(chunk.file(), chunk.headingLabel());
    }

    /** {@code file › heading}, or just the file when the passage has no heading. */
    public String label() {
        return heading.isEmpty() ? file : file + HeadingPaths.SEPARATOR + heading;
    }
}
