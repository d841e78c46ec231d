package com.studybot;

import com.studybot.adapter.content.FileSystemNoteSource;
import com.studybot.adapter.content.UploadsFolder;
import com.studybot.adapter.discord.notes.NotesCommand;
import com.studybot.core.upload.NoteUploads;
import com.studybot.core.upload.NotesIndex;

/**
 * The part of the composition root for notes added from Discord: the upload service over the notes folder, the
 * engine's index (re-indexed through {@link Wiring#reindex()}, one update at a time) and question pool, and the
 * uploads and uploader roles in the quiz database.
 */
final class NotesWiring {
    private NotesWiring() {}

    static NotesCommand command(Wiring w) {
        var content = w.config().content();
        var folder = new UploadsFolder(content.dir(), new FileSystemNoteSource(content.dir(), content.maxFileBytes()));
        var index = new NotesIndex() {
            @Override
            public String reindex() {
                return w.reindex();
            }

            @Override
            public int passages(String path) {
                return w.index().chunkCount(path);
            }
        };
        var uploads = new NoteUploads(folder, index, w.pool(), w.stores().uploads(), w.clock(), content.maxFileBytes());
        return new NotesCommand(
                uploads, w.stores().uploaderRoles(), w.config().discord().restUrl());
    }
}
