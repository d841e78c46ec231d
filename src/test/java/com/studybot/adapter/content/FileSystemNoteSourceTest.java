package com.studybot.adapter.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.content.Note;
import com.studybot.core.content.ReadResult;
import com.studybot.core.content.Section;
import com.studybot.core.content.SourceFile;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class FileSystemNoteSourceTest {
    @TempDir
    Path root;

    private void write(String path, String text) throws IOException {
        Path p = root.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private ReadResult read(String path) {
        var source = new FileSystemNoteSource(root, 5000);
        SourceFile file = source.list().stream()
                .filter(f -> f.path().equals(path))
                .findFirst()
                .orElseThrow();
        return source.read(file);
    }

    private Note note(String path) {
        ReadResult r = read(path);
        assertThat(r).isInstanceOf(ReadResult.Parsed.class);
        return ((ReadResult.Parsed) r).note();
    }

    @Test
    void listsNotesRecursivelySkippingHiddenFoldersAndOtherFiles() throws IOException {
        // GIVEN a vault with notes, an .obsidian folder, a hidden file and an image
        write("a.md", "# A\ntext");
        write("sub/b.txt", "text");
        write("sub/c.pdf", "x");
        write(".obsidian/plugins/x/README.md", "# plugin");
        write(".hidden.md", "# hidden");
        write("img.png", "png");
        // WHEN listed
        List<String> paths = new FileSystemNoteSource(root, 1000)
                .list().stream().map(SourceFile::path).toList();
        // THEN only the visible notes, relative, sorted
        assertThat(paths).containsExactly("a.md", "sub/b.txt", "sub/c.pdf");
    }

    @Test
    void aLinkToANoteInsideTheFolderIsReadButOneLeadingOutIsNot(@TempDir Path outside) throws IOException {
        // GIVEN a note, a link to it from another folder of the vault, and a link to a note outside the vault
        write("a.md", "# A\ninside text");
        Files.createDirectories(root.resolve("links"));
        Files.createSymbolicLink(root.resolve("links/again.md"), root.resolve("a.md"));
        Path secret = Files.writeString(outside.resolve("secret.md"), "# Secret\nnot part of the notes");
        Files.createSymbolicLink(root.resolve("links/secret.md"), secret);
        Files.createSymbolicLink(root.resolve("links/broken.md"), root.resolve("nowhere.md"));
        var source = new FileSystemNoteSource(root, 1000);
        // WHEN listed (twice, as each sync does)
        source.list();
        List<String> paths = source.list().stream().map(SourceFile::path).toList();
        // THEN the link inside is a note of its own, the others are left out
        assertThat(paths).containsExactly("a.md", "links/again.md");
        assertThat(note("links/again.md").sections().get(0).text()).isEqualTo("inside text");
    }

    @Test
    void headingsBuildTheSectionPath() throws IOException {
        write(
                "n.md",
                "intro words\n\n# Docker\nruns containers\n\n## **Dockerfile** ##\nbuild recipe\n\n## [Compose](x)\nmany\n\n# Next\nend");
        Note n = note("n.md");
        assertThat(n.title()).isEqualTo("Docker");
        assertThat(n.sections())
                .extracting(Section::headingLabel)
                .containsExactly("", "Docker", "Docker › Dockerfile", "Docker › Compose", "Next");
        assertThat(n.sections().get(2).text()).isEqualTo("build recipe");
    }

    @Test
    void obsidianSyntaxBecomesReadableText() throws IOException {
        write(
                "o.md",
                String.join(
                        "\n",
                        "---",
                        "title: Containers",
                        "tags: [docker, \"#k8s\"]",
                        "aliases: Boxes",
                        "---",
                        "# Intro",
                        "See [[Docker Notes|the Docker note]] and [[Kubernetes]] or [[Pods#Sidecars]].",
                        "![[diagram.png]] ![](image/Pasted%20image.png) ==Images== are {{c1::read-only}} templates.",
                        "<!--SR:!2023-01-01,3,250-->",
                        "> [!NOTE] Remember",
                        "> layers are cached",
                        "",
                        "```",
                        "FROM alpine",
                        "",
                        "RUN echo [[not a link]]",
                        "```",
                        "- one",
                        "  - nested"));
        Note n = note("o.md");
        assertThat(n.title()).isEqualTo("Containers");
        assertThat(n.tags()).containsExactly("docker", "k8s");
        assertThat(n.aliases()).containsExactly("Boxes");
        String text = n.sections().get(0).text();
        assertThat(text).contains("See the Docker note and Kubernetes or Pods Sidecars.");
        assertThat(text).contains("Images are read-only templates.");
        assertThat(text).doesNotContain("png", "SR:", "[!NOTE]", "==", "{{");
        assertThat(text).contains("Remember layers are cached");
        assertThat(text).contains("FROM alpine\n\nRUN echo [[not a link]]");
        assertThat(text).contains("- one\n  - nested");
    }

    @Test
    void boldAndHighlightedWordsAreTheSectionsKeyTermsButCodeIsNot() throws IOException {
        // GIVEN a note marking terms with bold, a highlight and a bold label, and bold-looking text in code
        write(
                "k.md",
                "# Pods\nA **pod** holds ==containers==.\n\n- **Sidecar:** a helper\n\n```\n**not a term**\n```\n");
        // WHEN read
        Section s = note("k.md").sections().get(0);
        // THEN the key terms, in order, without the label's colon; the text reads as before
        assertThat(s.keyTerms()).containsExactly("pod", "containers", "Sidecar");
        assertThat(s.text()).startsWith("A pod holds containers.");
    }

    @Test
    void theCodeNamingAReferenceListsEntryIsAKeyTermButCodeInASentenceIsNot() throws IOException {
        // GIVEN an option list (as Docker 使用笔记.md writes one) and code in the middle of a sentence
        write(
                "r.md",
                "# Run\nUse `docker run` to start one.\n\n- `-i`：该参数用于告知该命令以“交互模式”运行容器。\n"
                        + "- `--name`: sets the container's name\n- see `-p` below\n");
        // WHEN read
        Section s = note("r.md").sections().get(0);
        // THEN the entries' names are key terms, in order; the code of a sentence is not
        assertThat(s.keyTerms()).containsExactly("-i", "--name");
    }

    @Test
    void aBrokenFrontmatterIsIgnoredAndTheBodyKept() throws IOException {
        write("f.md", "---\ntags: [unclosed\n---\n# T\nbody text");
        assertThat(note("f.md").sections().get(0).text()).isEqualTo("body text");
    }

    @Test
    void videoTimestampsThatEchoTheHeadingAreDropped() throws IOException {
        write(
                "t.md",
                "## 1.1 VMs vs Containers\n9:05:22 VMs vs Containers\n\nVMs waste space.\n\n12:01 Pods matter too.");
        String text = note("t.md").sections().get(0).text();
        assertThat(text).isEqualTo("VMs waste space.\n\nPods matter too.");
    }

    @Test
    void utf16WithItsByteOrderMarkAndLatin1NotesAreRead() throws IOException {
        // GIVEN a note saved as UTF-16 (both byte orders, as Windows editors do) and one in Latin-1
        String text = "# Café\n容器（container）: a café runs one app.";
        Files.write(root.resolve("le.md"), withBom(text, StandardCharsets.UTF_16LE, (byte) 0xFF, (byte) 0xFE));
        Files.write(root.resolve("be.md"), withBom(text, StandardCharsets.UTF_16BE, (byte) 0xFE, (byte) 0xFF));
        Files.write(
                root.resolve("latin1.txt"),
                "Caf\u00e9 notes: the caf\u00e9 serves one app.".getBytes(StandardCharsets.ISO_8859_1));
        // THEN each is read as its text, not called binary
        for (String file : List.of("le.md", "be.md")) {
            assertThat(note(file).sections().get(0).headingPath()).as(file).containsExactly("Café");
            assertThat(note(file).sections().get(0).text()).as(file).isEqualTo("容器（container）: a café runs one app.");
        }
        assertThat(note("latin1.txt").sections().get(0).text()).contains("the café serves one app");
    }

    private static byte[] withBom(String text, Charset charset, byte b0, byte b1) {
        byte[] body = text.getBytes(charset);
        byte[] all = new byte[body.length + 2];
        all[0] = b0;
        all[1] = b1;
        System.arraycopy(body, 0, all, 2, body.length);
        return all;
    }

    @Test
    void badFilesAreSkippedWithAReasonEach() throws IOException {
        write("empty.md", "");
        write("big.md", "x".repeat(6000));
        Files.write(root.resolve("bin.txt"), new byte[] {'a', 0, 'b'});
        Files.write(root.resolve("broken.pdf"), "not a pdf at all".getBytes(StandardCharsets.UTF_8));
        write("blank.md", "# Only a heading\n");
        assertThat(((ReadResult.Skipped) read("empty.md")).reason()).contains("empty");
        assertThat(((ReadResult.Skipped) read("big.md")).reason()).contains("over the limit of 5000");
        assertThat(((ReadResult.Skipped) read("bin.txt")).reason()).contains("binary");
        assertThat(((ReadResult.Skipped) read("broken.pdf")).reason()).contains("PDF");
        assertThat(((ReadResult.Skipped) read("blank.md")).reason()).contains("no text");
    }

    @Test
    void plainTextLosesRepeatedBannersAndJoinsWrappedLines() throws IOException {
        write(
                "p.txt",
                String.join(
                        "\n",
                        "# Kubernetes",
                        "Cheat sheets and cards [www.exampro.co/x](http://www.exampro.co/x)",
                        "",
                        "Kubernetes is an open-source  ",
                        "orchestration system.",
                        "",
                        "# Docker",
                        "Cheat sheets and cards 📄 [www.exampopro.co/x](https://www.exampopro.co/x)",
                        "",
                        "Docker builds images.",
                        "# OCI",
                        "Cheat sheets & cards [www.exampor.co/x](https://www.exampor.co/x)",
                        "The OCI sets standards.",
                        "Page 3 of 9"));
        Note n = note("p.txt");
        assertThat(n.sections()).extracting(Section::headingLabel).containsExactly("Kubernetes", "Docker", "OCI");
        assertThat(n.sections().get(0).text()).isEqualTo("Kubernetes is an open-source orchestration system.");
        assertThat(n.sections()).allSatisfy(s -> assertThat(s.text()).doesNotContainIgnoringCase("cheat sheets"));
        assertThat(n.sections().get(2).text()).isEqualTo("The OCI sets standards.");
    }

    @Test
    void plainTextWithoutMarkdownGetsInferredHeadings() throws IOException {
        write(
                "q.txt",
                "Virtual Machines\n\nA virtual machine emulates a whole computer with its own kernel and drivers.\n");
        assertThat(note("q.txt").sections().get(0).headingPath()).containsExactly("Virtual Machines");
    }

    @Test
    void aPdfIsReadPageByPage() throws IOException {
        // GIVEN a two-page PDF with a repeated footer
        try (var doc = new PDDocument()) {
            for (String body : List.of("Git stores snapshots of your project.", "A branch is a movable pointer.")) {
                var page = new PDPage();
                doc.addPage(page);
                try (var cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    cs.newLineAtOffset(72, 700);
                    cs.showText(body);
                    cs.endText();
                }
            }
            doc.save(root.resolve("git.pdf").toFile());
        }
        // WHEN read
        String text = note("git.pdf").sections().stream().map(Section::text).reduce("", String::concat);
        // THEN the text of both pages is there
        assertThat(text).contains("Git stores snapshots of your project.").contains("A branch is a movable pointer.");
    }

    @Test
    void aCheatSheetInTwoColumnsIsReadColumnByColumnWithItsSectionTitlesAsHeadings() throws IOException {
        // GIVEN a page in two columns, each a section title set large over commands and what they do
        try (var doc = new PDDocument()) {
            var page = new PDPage();
            doc.addPage(page);
            var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (var cs = new PDPageContentStream(doc, page)) {
                column(
                        cs,
                        font,
                        50,
                        11,
                        List.of(
                                "Make changes",
                                "$ git log",
                                "Lists version history for the current branch",
                                "$ git add [file]",
                                "Snapshots the file in preparation for versioning"));
                column(
                        cs,
                        font,
                        320,
                        12,
                        List.of(
                                "Redo commits",
                                "$ git reset [commit]",
                                "Undoes all commits after [commit], keeping changes",
                                "$ git reset --hard [commit]",
                                "Discards all history and changes back to the commit"));
            }
            doc.save(root.resolve("sheet.pdf").toFile());
        }
        // WHEN read
        Note note = note("sheet.pdf");
        // THEN each command sits beside what it does, under its own column's title, not beside the other column's line
        String all = note.sections().stream().map(Section::text).reduce("", (a, b) -> a + "\n" + b);
        assertThat(all)
                .contains("git reset --hard [commit]: Discards all history and changes back to the commit")
                .contains("git log: Lists version history for the current branch")
                .doesNotContain("$ git log $ git reset");
        assertThat(note.sections())
                .filteredOn(s -> s.text().contains("git reset --hard"))
                .singleElement()
                .satisfies(s -> assertThat(s.headingPath()).containsExactly("Redo commits"));
        assertThat(note.sections())
                .filteredOn(s -> s.text().contains("git add"))
                .singleElement()
                .satisfies(s -> assertThat(s.headingPath()).containsExactly("Make changes"));
    }

    @Test
    void aTableOfKeysAndWhatTheyDoIsNoColumnAndThreeLikeLinesOnOnePageAreNoBoilerplate() throws IOException {
        // GIVEN one page: a paragraph, then short keys at the left with what they do beside them on the same line
        table("keys.pdf", 110, new String[][] {
            {"Shortcuts are typed in the terminal while a program runs in the foreground.", ""},
            {"Ctrl + C", "Abort the running program and return to the prompt"},
            {"Ctrl + Z", "Suspend the running program and return to the prompt"},
            {"Ctrl + D", "Close the running program and return to the prompt"},
            {"Ctrl + R", "Search the history of commands typed at the prompt"}
        });
        // WHEN read
        String all = note("keys.pdf").sections().stream().map(Section::text).reduce("", (a, b) -> a + "\n" + b);
        // THEN each key keeps its description on its line, and the three alike rows are all kept
        assertThat(all)
                .contains("Ctrl + C Abort the running program and return to the prompt")
                .contains("Ctrl + Z Suspend the running program")
                .contains("Ctrl + D Close the running program");
    }

    @Test
    void aTableWithAWideFirstColumnIsReadRowByRow() throws IOException {
        // GIVEN a table of long commands at the left and what each does on the same line at the right
        table("table.pdf", 250, new String[][] {
            {"git config --global user.name", "Sets the name attached to your commits"},
            {"git config --global user.email", "Sets the email attached to your commits"},
            {"git config --global color.ui auto", "Colours the command line output"},
            {"git remote add origin [url]", "Links the repository to a remote one"}
        });
        // WHEN read
        String all = note("table.pdf").sections().stream().map(Section::text).reduce("", (a, b) -> a + "\n" + b);
        // THEN each command keeps what it does on its own line
        assertThat(all)
                .contains("git config --global user.email Sets the email attached to your commits")
                .contains("git remote add origin [url] Links the repository to a remote one");
    }

    /** A one-page PDF of rows: each row's first cell at the left margin, its second (if any) at {@code valueX}. */
    private void table(String name, float valueX, String[][] rows) throws IOException {
        try (var doc = new PDDocument()) {
            var page = new PDPage();
            doc.addPage(page);
            var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (var cs = new PDPageContentStream(doc, page)) {
                float y = 700;
                for (String[] row : rows) {
                    text(cs, font, 50, y, row[0]);
                    if (!row[1].isEmpty()) {
                        text(cs, font, valueX, y, row[1]);
                    }
                    y -= 14;
                }
            }
            doc.save(root.resolve(name).toFile());
        }
    }

    private static void text(PDPageContentStream cs, PDType1Font font, float x, float y, String text)
            throws IOException {
        cs.beginText();
        cs.setFont(font, 9);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }

    /**
     * A column at {@code x}: its first line set at 16 pt as a title, the rest at 9 pt, one line each, {@code leading}
     * apart within an item (two columns of running text keep their own spacing, unlike a table's rows).
     */
    private static void column(PDPageContentStream cs, PDType1Font font, float x, float leading, List<String> lines)
            throws IOException {
        float y = 700;
        for (int i = 0; i < lines.size(); i++) {
            cs.beginText();
            cs.setFont(font, i == 0 ? 16 : 9);
            cs.newLineAtOffset(x, y);
            cs.showText(lines.get(i));
            cs.endText();
            y -= i == 0 ? 24 : (i % 2 == 1 ? leading : 18);
        }
    }

    @Test
    void wrappedSentencesJoinButRealLinesStay() throws IOException {
        // GIVEN a paragraph hard-wrapped mid-sentence, followed by one-item-per-line definitions
        write(
                "w.md",
                "# W\nFargate runs your containers without you having\nto manage servers. It bills per\nsecond.\n"
                        + "**Docker CLI** builds images\n**Docker Compose** runs several containers");
        // WHEN parsed
        String text = note("w.md").sections().get(0).text();
        // THEN the wrapped sentence is whole and the definition lines stay apart
        assertThat(text)
                .isEqualTo("Fargate runs your containers without you having to manage servers. It bills per second.\n"
                        + "Docker CLI builds images\nDocker Compose runs several containers");
    }
}
