package com.studybot.adapter.persistence;

import com.studybot.core.persistence.QuizStateStore;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

final class SqliteQuizStateStoreTest extends QuizStateStoreContract {
    @TempDir
    Path dir;

    private Database db;

    @BeforeEach
    void open() {
        db = Database.sqlite(dir.resolve("studybot.db"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Override
    QuizStateStore store() {
        return new JdbcQuizStateStore(db.dataSource(), Clock.systemUTC());
    }
}
