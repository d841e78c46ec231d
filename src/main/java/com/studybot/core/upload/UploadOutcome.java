package com.studybot.core.upload;

import com.studybot.core.quiz.Question;
import java.util.Objects;
import java.util.Optional;

/** What adding an uploaded note did: saved and indexed, or refused with nothing changed. */
public sealed interface UploadOutcome {
    /** Why an upload was refused. */
    enum Reason {
        NAME,
        TYPE,
        EMPTY,
        TOO_LARGE,
        DOWNLOAD_FAILED,
        TRUNCATED,
        IDENTICAL,
        EXISTS,
        UNREADABLE
    }

    /**
     * Saved at {@code path} (below the notes folder), {@code bytes} long; the index holds {@code passages} of it and
     * the quiz {@code questions}; {@code example} is one of them.
     */
    record Saved(String path, long bytes, int passages, int questions, Optional<Question> example)
            implements UploadOutcome {
        public Saved {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(example, "example");
        }
    }

    /** Refused: nothing was written, recorded or re-indexed; {@code message} says why, to the member. */
    record Refused(Reason reason, String message) implements UploadOutcome {
        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }
}
