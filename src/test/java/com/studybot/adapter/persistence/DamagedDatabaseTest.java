package com.studybot.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database is not derived data: damaged, it is named with what to do, and left as it is. */
final class DamagedDatabaseTest {
    @TempDir
    Path dir;

    @Test
    void aFileThatIsNotADatabaseIsNamedWithWhatToDoAndKept() throws IOException {
        Path file = dir.resolve("studybot.db");
        byte[] junk = "this is not a database, it was overwritten ".repeat(200).getBytes();
        Files.write(file, junk);
        assertThatThrownBy(() -> Database.sqlite(file))
                .isInstanceOf(DatabaseUnavailable.class)
                .hasMessageStartingWith("The database file " + file.toAbsolutePath() + " cannot be used (")
                .hasMessageEndingWith(
                        "): restore it from a backup, or move it aside to start afresh (quizzes, scores and daily"
                                + " posts then start empty).");
        assertThat(Files.readAllBytes(file)).as("never silently replaced").isEqualTo(junk);
    }
}
