package com.studybot.e2e.discord;

import static com.studybot.e2e.discord.BotFixture.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.e2e.discord.fake.FakeDiscord;
import com.studybot.e2e.discord.fake.FakeDiscord.Attachment;
import com.studybot.e2e.discord.fake.FakeDiscord.Served;
import com.studybot.e2e.discord.fake.Permissions;
import com.studybot.e2e.discord.fake.Reply;
import com.studybot.e2e.discord.fake.TestUser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adding notes from Discord end to end: the real JDA client on the fake Discord, attachments downloaded from the
 * fake's CDN. A good note is saved, indexed, answered from, listed and removed; every bad upload is refused privately
 * and changes nothing (no file, no record, the index as it was).
 */
final class DiscordNotesTest {
    /** Small, so that a file over the limit is cheap to make. */
    static final int MAX_FILE_BYTES = 4000;

    static final String TREES = BotFixture.note(
            "# Data structures",
            "## Bloom filter",
            "**Bloom filter** is a probabilistic set that may report false positives but never false negatives.",
            "## Trie",
            "**Trie** is a prefix structure that stores strings character by character along its edges.",
            "## Heap",
            "**Heap** is a complete binary structure in which every parent orders before its children.",
            "## Skip list",
            "**Skip list** is a layered chain of sorted nodes with express lanes for logarithmic search.");

    @TempDir
    Path root;

    private FakeDiscord discord;
    private BotFixture bot;
    private TestUser admin;
    private TestUser alice;
    private TestUser bob;
    private TestUser carol;
    private FakeDiscord.RoleOption noteTakers;

    @BeforeEach
    void startTheBot() throws Exception {
        discord = FakeDiscord.start();
        admin = discord.user("admin", Permissions.MANAGE_SERVER);
        alice = discord.user("alice");
        bob = discord.user("bob");
        noteTakers = discord.addRole("note-takers");
        carol = discord.user("carol", noteTakers);
        bot = BotFixture.start(
                root,
                Map.of("aws/services.md", Notes.all().get("aws/services.md")),
                discord,
                Map.of("content.maxFileBytes", String.valueOf(MAX_FILE_BYTES)));
    }

    @AfterEach
    void stopTheBot() throws Exception {
        bot.closeAndCheck(false);
    }

    private Path content() {
        return root.resolve("content");
    }

    private Path uploads() {
        return content().resolve("uploads").resolve(discord.guildId());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private Reply add(TestUser who, Attachment file) {
        return who.slash("notes add", Map.of("file", file)).awaitReply(TIMEOUT);
    }

    private List<Path> uploadedFiles() throws IOException {
        if (!Files.exists(content().resolve("uploads"))) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(content().resolve("uploads"))) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void aNoteIsAddedAnsweredFromListedAndRemoved() throws Exception {
        // GIVEN
        long versionBefore = bot.indexVersion();
        // WHEN the admin adds a note about search trees
        Reply added = add(admin, discord.attach("search-trees.md", utf8(TREES)));
        // THEN it is saved under the server's folder and the answer says what it gave, to the admin alone
        assertThat(added.ephemeral()).isTrue();
        assertThat(added.text())
                .startsWith("Added `uploads/" + discord.guildId() + "/search-trees.md` (")
                .containsPattern("[1-9]\\d* passages? and [1-9]\\d* quiz questions?\\.")
                .contains("For example: ")
                .containsPattern("For example: .+ \\|\\|.+\\|\\|");
        assertThat(uploads().resolve("search-trees.md")).hasContent(TREES.strip());
        assertThat(bot.indexVersion()).isGreaterThan(versionBefore);

        // WHEN alice asks about it
        Reply answer = alice.slash("ask", Map.of("question", "What is a Bloom filter?"))
                .awaitReply(TIMEOUT);
        // THEN the answer comes from the new note
        assertThat(answer.embedText())
                .contains("probabilistic set that may report false positives")
                .contains("uploads/" + discord.guildId() + "/search-trees.md");

        // WHEN the admin lists the notes added here, and starts typing one to remove
        Reply list = admin.slash("notes list", Map.of()).awaitReply(TIMEOUT);
        List<String> choices = admin.autocomplete("notes remove", "file", "search");
        // THEN
        assertThat(list.ephemeral()).isTrue();
        assertThat(list.text())
                .contains("Notes added here (1):")
                .contains("`search-trees.md` by <@" + admin.id() + ">, <t:")
                .containsPattern(":R>, \\d+(\\.\\d)? (bytes|KB), [1-9]\\d* passages?");
        assertThat(choices).containsExactly("search-trees.md");

        // WHEN the admin removes it and bob asks the same
        Reply removed =
                admin.slash("notes remove", Map.of("file", "search-trees.md")).awaitReply(TIMEOUT);
        Reply after =
                bob.slash("ask", Map.of("question", "What is a Bloom filter?")).awaitReply(TIMEOUT);
        Reply emptyList = admin.slash("notes list", Map.of()).awaitReply(TIMEOUT);
        // THEN the file is gone and the notes no longer answer it
        assertThat(removed.text()).contains("Removed `uploads/" + discord.guildId() + "/search-trees.md`");
        assertThat(uploadedFiles()).isEmpty();
        assertThat(after.embedText()).doesNotContain("probabilistic set");
        assertThat(emptyList.text()).contains("No notes were added here yet.");
    }

    @Test
    void aNoteGoesIntoTheFolderAsked() throws Exception {
        // WHEN
        Reply added = admin.slash(
                        "notes add",
                        Map.of(
                                "file",
                                discord.attach("trees.txt", utf8("Trees are graphs without cycles.\n")),
                                "folder",
                                "algorithms/week 2"))
                .awaitReply(TIMEOUT);
        // THEN
        assertThat(added.text()).startsWith("Added `uploads/" + discord.guildId() + "/algorithms/week 2/trees.txt`");
        assertThat(uploads().resolve("algorithms/week 2/trees.txt")).exists();
    }

    private void assertRefusedAndNothingChanged(Reply reply, long versionBefore, String... says) throws IOException {
        assertThat(reply.ephemeral()).isTrue();
        assertThat(reply.text()).startsWith("Not added: ").contains(says);
        assertThat(uploadedFiles()).isEmpty();
        assertThat(bot.indexVersion()).isEqualTo(versionBefore);
        Reply list = admin.slash("notes list", Map.of()).awaitReply(TIMEOUT);
        assertThat(list.text()).contains("No notes were added here yet.");
    }

    @Test
    void aTypeTheNotesAreNotReadFromIsRefused() throws Exception {
        long version = bot.indexVersion();
        Attachment exe = discord.attach("setup.exe", new byte[] {'M', 'Z', 0, 1});
        Attachment docx = discord.attach("report.docx", new byte[] {'P', 'K', 3, 4});
        assertRefusedAndNothingChanged(add(admin, exe), version, "I only read notes in", "not .exe");
        assertRefusedAndNothingChanged(add(admin, docx), version, "not .docx");
        assertThat(discord.downloads(exe) + discord.downloads(docx)).isZero();
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsDownloaded() throws Exception {
        long version = bot.indexVersion();
        Attachment big = discord.attach("big.md", utf8("# Big\n" + "word ".repeat(MAX_FILE_BYTES)));
        assertRefusedAndNothingChanged(add(admin, big), version, "at most " + MAX_FILE_BYTES + " bytes");
        assertThat(discord.downloads(big)).isZero();
    }

    @Test
    void aPdfWithNoTextIsRefused() throws Exception {
        // GIVEN a PDF of one blank page
        var blank = new ByteArrayOutputStream();
        try (var doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(blank);
        }
        long version = bot.indexVersion();
        // WHEN / THEN
        assertRefusedAndNothingChanged(
                add(admin, discord.attach("scan.pdf", blank.toByteArray())), version, "no text found in it");
    }

    @Test
    void namesThatCouldLeaveTheUploadsFolderOrHideAreRefused() throws Exception {
        long version = bot.indexVersion();
        byte[] note = utf8("# Note\nSome text.\n");
        assertRefusedAndNothingChanged(add(admin, discord.attach("..", note)), version, "'..'");
        assertRefusedAndNothingChanged(add(admin, discord.attach("../../escape.md", note)), version, "'..'");
        assertRefusedAndNothingChanged(add(admin, discord.attach("notes/escape.md", note)), version, "'/'");
        assertRefusedAndNothingChanged(add(admin, discord.attach("notes\\escape.md", note)), version, "'/' or '\\'");
        assertRefusedAndNothingChanged(
                add(admin, discord.attach("bell\u0007.md", note)), version, "control characters");
        assertRefusedAndNothingChanged(add(admin, discord.attach("CON.md", note)), version, "Windows reserves");
        assertRefusedAndNothingChanged(
                admin.slash("notes add", Map.of("file", discord.attach("ok.md", note), "folder", "../up"))
                        .awaitReply(TIMEOUT),
                version,
                "'..'");
    }

    @Test
    void aDownloadThatFailsOrIsCutShortIsRefused() throws Exception {
        long version = bot.indexVersion();
        byte[] note = utf8(TREES);
        assertRefusedAndNothingChanged(
                add(admin, discord.attach("gone.md", note, Served.NOT_FOUND)), version, "could not download", "404");
        assertRefusedAndNothingChanged(
                add(admin, discord.attach("broken.md", note, Served.SERVER_ERROR)), version, "HTTP 500");
        assertRefusedAndNothingChanged(
                add(admin, discord.attach("short.md", note, Served.SHORT)),
                version,
                "cut short (" + note.length / 2 + " of " + note.length + " bytes)");
        assertRefusedAndNothingChanged(
                add(admin, discord.attach("cut.md", note, Served.CUT)), version, "could not download");
    }

    @Test
    void aFileIdenticalToANoteIsRefusedNamingIt() throws Exception {
        long version = bot.indexVersion();
        byte[] same = Files.readAllBytes(content().resolve("aws/services.md"));
        assertRefusedAndNothingChanged(
                add(admin, discord.attach("copy.md", same)), version, "byte for byte: aws/services.md");
    }

    @Test
    void aSecondFileOfTheSameNameIsRefusedUntilTheFirstIsRemoved() throws Exception {
        // GIVEN
        add(admin, discord.attach("trees.md", utf8(TREES)));
        long version = bot.indexVersion();
        // WHEN
        Reply again = add(admin, discord.attach("trees.md", utf8("# Trees\nNew text about trees.\n")));
        // THEN
        assertThat(again.text()).contains("There is already a file", "/notes remove", "another name");
        assertThat(uploads().resolve("trees.md")).hasContent(TREES.strip());
        assertThat(bot.indexVersion()).isEqualTo(version);
    }

    @Test
    void onlyManagersOrTheChosenRoleMayAddAndRemove() throws Exception {
        // GIVEN
        long version = bot.indexVersion();
        byte[] note = utf8(TREES);
        // WHEN alice (no role) and carol (before her role is chosen) try, and alice tries to choose the role
        Reply aliceAdds = add(alice, discord.attach("a.md", note));
        Reply carolAddsEarly = add(carol, discord.attach("c.md", note));
        Reply aliceSetsRole =
                alice.slash("notes role", Map.of("role", noteTakers)).awaitReply(TIMEOUT);
        // THEN all are refused, privately, and nothing changed
        assertThat(List.of(aliceAdds, carolAddsEarly, aliceSetsRole))
                .allSatisfy(r -> assertThat(r.ephemeral()).isTrue());
        assertThat(aliceAdds.text()).isEqualTo("Only members who can manage this server may add notes.");
        assertThat(carolAddsEarly.text()).isEqualTo("Only members who can manage this server may add notes.");
        assertThat(aliceSetsRole.text()).contains("Only members who can manage this server may choose");
        assertThat(uploadedFiles()).isEmpty();
        assertThat(bot.indexVersion()).isEqualTo(version);

        // WHEN the admin lets the note-takers add notes
        Reply roleSet = admin.slash("notes role", Map.of("role", noteTakers)).awaitReply(TIMEOUT);
        Reply carolAdds = add(carol, discord.attach("c.md", note));
        Reply aliceAddsAgain = add(alice, discord.attach("a.md", note));
        Reply aliceRemoves = alice.slash("notes remove", Map.of("file", "c.md")).awaitReply(TIMEOUT);
        // THEN carol may, alice still may not (and is told who may)
        assertThat(roleSet.text()).contains("Members with <@&" + noteTakers.id() + "> may now add and remove notes");
        assertThat(carolAdds.text()).startsWith("Added `uploads/" + discord.guildId() + "/c.md`");
        assertThat(aliceAddsAgain.text())
                .isEqualTo(
                        "Only members who can manage this server or have <@&" + noteTakers.id() + "> may add notes.");
        assertThat(aliceRemoves.text()).contains("may remove notes");
        assertThat(uploads().resolve("c.md")).exists();

        // WHEN the admin clears the role
        Reply cleared = admin.slash("notes role", Map.of()).awaitReply(TIMEOUT);
        Reply carolRemoves = carol.slash("notes remove", Map.of("file", "c.md")).awaitReply(TIMEOUT);
        // THEN carol may no longer remove
        assertThat(cleared.text()).contains("Only members who can manage this server may add and remove notes now.");
        assertThat(carolRemoves.text()).isEqualTo("Only members who can manage this server may remove notes.");
        assertThat(uploads().resolve("c.md")).exists();
    }
}
