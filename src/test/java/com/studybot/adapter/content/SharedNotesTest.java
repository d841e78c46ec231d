package com.studybot.adapter.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.studybot.core.content.Note;
import com.studybot.core.content.ReadResult;
import com.studybot.core.content.Section;
import com.studybot.core.content.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Real notes nobody here wrote (../shared, beside the project in CI; skipped when absent). */
final class SharedNotesTest {
    private static final Path SHARED = Path.of("..", "shared");

    private static List<Note> notes(Path root) {
        assumeTrue(Files.isDirectory(root), root + " is not beside the project");
        var source = new FileSystemNoteSource(root, 20_000_000);
        return source.list().stream()
                .map(source::read)
                .filter(ReadResult.Parsed.class::isInstance)
                .map(r -> ((ReadResult.Parsed) r).note())
                .toList();
    }

    private static String all(Note n) {
        return n.sections().stream().map(Section::text).reduce("", (a, b) -> a + "\n" + b);
    }

    @Test
    void pdfExtractedSeedLosesItsBannerButKeepsItsFacts() {
        Note seed = notes(SHARED.resolve("seeds")).stream()
                .filter(n -> n.path().equals("000_5841f458cb3cc9a7.txt"))
                .findFirst()
                .orElseThrow();
        assertThat(all(seed)).doesNotContainIgnoringCase("cheat sheets").doesNotContain("exampor");
        Section k8s = seed.sections().stream()
                .filter(s -> s.headingPath().equals(List.of("Kubernetes")))
                .findFirst()
                .orElseThrow();
        assertThat(k8s.text()).contains("Kubernetes is an open-source container orchestration system");
    }

    @Test
    void obsidianSeedKeepsChineseHeadingsWithoutEmbedsOrTimestamps() {
        Note seed = notes(SHARED.resolve("seeds")).stream()
                .filter(n -> n.path().equals("001_fcab58250a4987b0.txt"))
                .findFirst()
                .orElseThrow();
        assertThat(seed.sections()).extracting(Section::headingLabel).contains("1 基础知识 › 1.4 Docker");
        assertThat(all(seed)).doesNotContain("Pasted", "image/", "9:10:41");
    }

    @Test
    void theChineseVaultIsReadWithoutItsSettingsFolder() {
        Path vault = SHARED.resolve("testdata/obsidian-cs-notes-zh");
        assumeTrue(Files.isDirectory(vault));
        List<String> listed = new FileSystemNoteSource(vault, 20_000_000)
                .list().stream().map(SourceFile::path).toList();
        assertThat(listed).noneMatch(p -> p.startsWith(".obsidian"));
        List<Note> notes = notes(vault);
        assertThat(notes.size()).isGreaterThanOrEqualTo(20);
        assertThat(notes).anySatisfy(n -> assertThat(n.path()).endsWith("Git 使用笔记.md"));
    }

    @Test
    void examNotesAndPdfCheatSheetsParse() {
        assertThat(notes(SHARED.resolve("testdata/clf-c02-notes"))).hasSizeGreaterThanOrEqualTo(20);
        List<Note> pdfs = notes(SHARED.resolve("testdata/pdf-cheatsheets"));
        assertThat(pdfs).hasSize(2);
        assertThat(pdfs).anySatisfy(n -> assertThat(all(n)).contains("git commit"));
        assertThat(pdfs).anySatisfy(n -> assertThat(all(n)).contains("grep"));
    }

    @Test
    void theGitCheatSheetsColumnsAreReadOneAfterTheOther() {
        Path sheet = SHARED.resolve("testdata/pdf-cheatsheets");
        assumeTrue(Files.isDirectory(sheet));
        Note git = notes(sheet).stream()
                .filter(n -> n.path().startsWith("github-git"))
                .findFirst()
                .orElseThrow();
        assertThat(all(git))
                .contains("git reset --hard [commit]: Discards all history and changes back to the specified commit")
                .contains("git branch [branch-name]: Creates a new branch")
                .contains("git checkout [branch-name]: Switches to the specified branch");
        assertThat(git.sections())
                .filteredOn(s -> s.text().contains("git reset --hard"))
                .singleElement()
                .satisfies(s -> assertThat(s.headingPath()).containsExactly("Git Cheat Sheet", "Redo commits"));
    }
}
