package com.studybot;

import com.studybot.adapter.content.FileSystemNoteSource;
import com.studybot.adapter.content.UploadsFolder;
import com.studybot.adapter.discord.notes.NotesCommand;
import com.studybot.adapter.index.LuceneIndex;
import com.studybot.config.StudybotConfig;
import com.studybot.core.upload.NoteUploads;
import com.studybot.core.upload.NotesIndex;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * The part of the composition root for notes added from Discord: the upload service over the notes folder, the
 * engine's index (re-indexed through the root's re-index, one update at a time) and question pool, and the
 * uploads and uploader roles in the quiz database.
 */
final class NotesWiring {
    private NotesWiring() {}

    static NotesCommand command(
            StudybotConfig config, LuceneIndex passages, Quizzes quizzes, Supplier<String> reindex, Clock clock) {
        var content = config.content();
        var folder = new UploadsFolder(content.dir(), new FileSystemNoteSource(content.dir(), content.maxFileBytes()));
        var index = new NotesIndex() {
            @Override
            public String reindex() {
                return reindex.get();
            }

            @Override
            public int passages(String path) {
                return passages.chunkCount(path);
            }
        };
        var stores = quizzes.stores();
        var uploads = new NoteUploads(folder, index, quizzes.pool(), stores.uploads(), clock, content.maxFileBytes());
        return new NotesCommand(
                uploads, stores.uploaderRoles(), config.discord().restUrl());
    }
}
