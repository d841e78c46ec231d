package com.studybot.adapter.persistence;

import com.studybot.core.persistence.NoteUploadStore;
import com.studybot.core.persistence.UploaderRoleStore;
import com.studybot.testing.InMemoryNoteUploadStore;

final class InMemoryNoteUploadStoreTest extends NoteUploadStoreContract {
    private final InMemoryNoteUploadStore store = new InMemoryNoteUploadStore();

    @Override
    NoteUploadStore uploads() {
        return store;
    }

    @Override
    UploaderRoleStore roles() {
        return store;
    }
}
