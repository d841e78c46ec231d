package com.studybot.adapter.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class UploadsFolderTest {
    @TempDir
    Path root;

    private UploadsFolder folder() {
        return new UploadsFolder(root, new FileSystemNoteSource(root, 1_000_000));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aNewFileIsWrittenWholeAndNeverOverAnother() throws Exception {
        // GIVEN
        UploadsFolder folder = folder();
        // WHEN
        boolean first = folder.create("uploads/1/a/b.md", utf8("# B\nbee\n"));
        boolean second = folder.create("uploads/1/a/b.md", utf8("# other\n"));
        // THEN
        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(Files.readString(root.resolve("uploads/1/a/b.md"))).isEqualTo("# B\nbee\n");
        try (var files = Files.list(root.resolve("uploads/1/a"))) {
            assertThat(files).containsExactly(root.resolve("uploads/1/a/b.md")); // no temporary file left
        }
    }

    @Test
    void nothingIsWrittenOrDeletedOutsideTheUploadsFolder() throws Exception {
        // GIVEN
        Files.writeString(root.resolve("keep.md"), "# Keep\n");
        UploadsFolder folder = folder();
        // WHEN / THEN
        assertThatThrownBy(() -> folder.create("uploads/../evil.md", utf8("x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> folder.delete("keep.md")).isInstanceOf(IllegalArgumentException.class);
        assertThat(root.resolve("evil.md")).doesNotExist();
        assertThat(root.resolve("keep.md")).exists();
    }

    @Test
    void deletingRemovesTheFileAndItsEmptiedFolders() {
        // GIVEN
        UploadsFolder folder = folder();
        folder.create("uploads/1/a/b.md", utf8("# B\n"));
        folder.create("uploads/1/c.md", utf8("# C\n"));
        // WHEN
        boolean deleted = folder.delete("uploads/1/a/b.md");
        boolean again = folder.delete("uploads/1/a/b.md");
        // THEN
        assertThat(deleted).isTrue();
        assertThat(again).isFalse();
        assertThat(root.resolve("uploads/1/a")).doesNotExist();
        assertThat(root.resolve("uploads/1/c.md")).exists();
    }

    @Test
    void aNoteIsFoundByItsHashAndBytesAreReadAsNotes() throws Exception {
        // GIVEN
        Files.createDirectories(root.resolve("notes"));
        Files.writeString(root.resolve("notes/t.md"), "# T\ntext\n");
        UploadsFolder folder = folder();
        var blank = new ByteArrayOutputStream();
        try (var doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(blank);
        }
        // WHEN / THEN
        assertThat(folder.withHash(com.studybot.core.common.Hashes.sha256(utf8("# T\ntext\n"))))
                .contains("notes/t.md");
        assertThat(folder.withHash("0".repeat(64))).isEmpty();
        assertThat(folder.unreadable("uploads/1/x.md", utf8("# X\nsome text\n")))
                .isEmpty();
        assertThat(folder.unreadable("uploads/1/x.pdf", blank.toByteArray())).contains("no text found in it");
        assertThat(folder.unreadable("uploads/1/x.md", new byte[] {0, 1, 2})).contains("binary content, not text");
    }
}
