package com.studybot.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.persistence.CardMemoryStore;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SqliteCardMemoryStoreTest extends CardMemoryStoreContract {
    @TempDir
    Path dir;

    private Database db;
    private CardMemoryStore store;

    @BeforeEach
    void open() {
        db = Database.sqlite(dir.resolve("studybot.db"));
        store = new JdbcCardMemoryStore(db.dataSource());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Override
    CardMemoryStore store() {
        return store;
    }

    @Test
    void theDatabaseRunsInWalModeAndSurvivesReopening() throws SQLException {
        try (var c = db.dataSource().getConnection();
                var rs = c.createStatement().executeQuery("PRAGMA journal_mode")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
        }
        store.save("alice", "c", com.studybot.core.quiz.CardMemory.fresh(T0));
        db.close();
        db = Database.sqlite(dir.resolve("studybot.db"));
        assertThat(new JdbcCardMemoryStore(db.dataSource()).find("alice", "c")).isPresent();
    }
}
