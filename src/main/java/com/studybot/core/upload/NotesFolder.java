package com.studybot.core.upload;

import java.util.Optional;

/** The notes folder as uploads see it: paths are relative to it, with '/' between folders. */
public interface NotesFolder {
    /** The note whose bytes have this SHA-256 (hex), if there is one. */
    Optional<String> withHash(String sha256);

    /** Why these bytes would not be read as a note at {@code path} (no text in a PDF, binary…), if not. */
    Optional<String> unreadable(String path, byte[] bytes);

    /**
     * Writes a new file at {@code path} in one step (a temporary file moved into place), never over an existing one;
     * false when a file is there already.
     */
    boolean create(String path, byte[] bytes);

    /** Deletes the file at {@code path}; false when there was none. */
    boolean delete(String path);
}
