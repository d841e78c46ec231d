package com.studybot.core.upload;

/** The index over the notes folder, as uploads use it. */
public interface NotesIndex {
    /** Brings the index up to date with the folder (one update at a time); says what changed. */
    String reindex();

    /** How many passages of the note at {@code path} the index holds. */
    int passages(String path);
}
