package com.studybot.core.content;

import java.util.Objects;

/** What reading one source file gave: a note, or a reason it was skipped (shown as a warning). */
public sealed interface ReadResult {
    String path();

    record Parsed(Note note) implements ReadResult {
        public Parsed {
            Objects.requireNonNull(note, "note");
        }

        @Override
        public String path() {
            return note.path();
        }
    }

    record Skipped(String path, String reason) implements ReadResult {
        public Skipped {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
