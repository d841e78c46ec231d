package com.studybot.adapter.persistence;

import com.studybot.core.persistence.NoteUploadStore;
import com.studybot.core.persistence.UploaderRoleStore;
import org.junit.jupiter.api.extension.RegisterExtension;

final class SqliteNoteUploadStoreTest extends NoteUploadStoreContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.sqlite();

    @Override
    NoteUploadStore uploads() {
        return new JdbcNoteUploadStore(db.database().dataSource());
    }

    @Override
    UploaderRoleStore roles() {
        return new JdbcUploaderRoleStore(db.database().dataSource());
    }
}
