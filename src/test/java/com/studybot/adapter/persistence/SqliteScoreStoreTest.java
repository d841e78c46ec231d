package com.studybot.adapter.persistence;

import com.studybot.core.persistence.ScoreStore;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

final class SqliteScoreStoreTest extends ScoreStoreContract {
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
    ScoreStore store() {
        return new JdbcScoreStore(db.dataSource());
    }
}
