package com.studybot.core.content;

import java.util.List;

/** Where notes come from: lists the candidate files cheaply, then reads one file into a note. */
public interface NoteSource {
    /** Every candidate note file under the root, sorted by path; hidden folders are left out. */
    List<SourceFile> list();

    /** Parses one listed file; bad input gives {@link ReadResult.Skipped}, never an exception. */
    ReadResult read(SourceFile file);
}
