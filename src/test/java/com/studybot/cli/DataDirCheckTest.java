package com.studybot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data folder that cannot be used is one line naming it (exit 2 through App), never a stack trace later. */
final class DataDirCheckTest {
    @TempDir
    Path dir;

    @Test
    void aFileWhereTheDataFolderShouldBeIsNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("data"), "not a folder");
        assertThatThrownBy(() -> Startup.checkDataDir(file))
                .isInstanceOf(UserError.class)
                .hasMessage("The data folder " + file + " is a file, not a folder (set --data to a folder).");
    }

    @Test
    void aFolderThatCannotBeCreatedOrWrittenIsNamedWithTheReason() throws IOException {
        Path blocked = Files.writeString(dir.resolve("blocked"), "a file").resolve("data");
        assertThatThrownBy(() -> Startup.checkDataDir(blocked))
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith("Cannot write to the data folder " + blocked + " (")
                .hasMessageEndingWith("): make it writable or set --data to another folder.");
    }

    @Test
    void aWritableFolderIsCreatedAndLeftClean() throws IOException {
        Path data = dir.resolve("new/data");
        Startup.checkDataDir(data);
        assertThat(data).isDirectory();
        try (var files = Files.list(data)) {
            assertThat(files).isEmpty();
        }
    }
}
