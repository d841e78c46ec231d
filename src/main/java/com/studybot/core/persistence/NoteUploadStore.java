package com.studybot.core.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The notes members added from Discord: who added which file to which server, when, and how big it was. */
public interface NoteUploadStore {
    /** One added note: {@code path} below the notes folder, its size in bytes and SHA-256 (hex). */
    record NoteUpload(String serverId, String path, String userId, Instant at, long bytes, String sha256) {
        public NoteUpload {
            Objects.requireNonNull(serverId, "serverId");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(sha256, "sha256");
            if (bytes < 0) {
                throw new IllegalArgumentException("bytes must be >= 0, was " + bytes);
            }
        }
    }

    /** Records an added note (replacing any record of the same server and path); committed when this returns. */
    void add(NoteUpload upload);

    /** The server's added notes, by path. */
    List<NoteUpload> list(String serverId);

    /** Forgets the note at {@code path} of the server; false when there was no such record. */
    boolean remove(String serverId, String path);
}
