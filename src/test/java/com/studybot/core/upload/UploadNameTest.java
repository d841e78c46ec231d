package com.studybot.core.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.studybot.core.upload.UploadName.Checked;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class UploadNameTest {
    private static final String SERVER = "123456789012345678";

    private static Checked check(String name, String folder) {
        return UploadName.check(SERVER, name, folder);
    }

    @Test
    void anOrdinaryNoteGoesToTheServersUploadFolder() {
        // WHEN
        Checked checked = check("Trees.md", "");
        // THEN
        assertThat(checked).isEqualTo(new Checked.Accepted("uploads/" + SERVER + "/Trees.md", "Trees.md"));
    }

    @Test
    void aFolderOfSeveralSegmentsIsKept() {
        // WHEN
        Checked checked = check("heaps.txt", "/algorithms/week 2/");
        // THEN
        assertThat(checked)
                .isEqualTo(new Checked.Accepted(
                        "uploads/" + SERVER + "/algorithms/week 2/heaps.txt", "algorithms/week 2/heaps.txt"));
    }

    @Test
    void oddCharactersAreReplacedAndTrailingDotsDropped() {
        // WHEN
        Checked checked = check("what? <why>: *this*|\"that\".PDF.", "a:b");
        // THEN
        assertThat(checked)
                .isEqualTo(new Checked.Accepted(
                        "uploads/" + SERVER + "/a_b/what_ _why__ _this___that_.PDF",
                        "a_b/what_ _why__ _this___that_.PDF"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", "../secret.md", "notes..md", "a/../b.md"})
    void aNameWithTwoDotsIsRefused(String name) {
        assertThat(check(name, "")).isEqualTo(new Checked.Rejected("A file name may not contain '..'.", false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a/b.md", "/etc/passwd.md", "a\\b.md", "C:\\notes.md"})
    void aNameWithASlashIsRefused(String name) {
        assertThat(check(name, "")).isEqualTo(new Checked.Rejected("A file name may not contain '/' or '\\'.", false));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a\u0000b.md",
                "line\nbreak.md",
                "tab\t.md",
                "esc\u001b[31m.md",
                "del\u007f.md",
                "evil\u202Edm.exe"
            })
    void aNameWithControlCharactersIsRefused(String name) {
        assertThat(check(name, ""))
                .isEqualTo(new Checked.Rejected("The file name has control characters in it.", false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CON.md", "con.md", "Prn.txt", "aux.tar.md", "NUL.pdf", "COM1.md", "lpt9.text", "CON .md"})
    void aNameWindowsReservesIsRefused(String name) {
        assertThat(check(name, ""))
                .isInstanceOfSatisfying(
                        Checked.Rejected.class, r -> assertThat(r.reason()).contains("Windows reserves"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CONSOLE.md", "com10.md", "lpt.md", "nullable.md"})
    void namesThatOnlyLookReservedAreFine(String name) {
        assertThat(check(name, "")).isInstanceOf(Checked.Accepted.class);
    }

    @Test
    void hiddenAndEmptyNamesAreRefused() {
        assertThat(check(".secret.md", ""))
                .isInstanceOfSatisfying(
                        Checked.Rejected.class, r -> assertThat(r.reason()).contains("may not start with '.'"));
        assertThat(check("  ", "")).isEqualTo(new Checked.Rejected("The file name is empty.", false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"setup.exe", "report.docx", "README", "archive.md.zip"})
    void aTypeTheNotesAreNotReadFromIsRefusedAsSuch(String name) {
        assertThat(check(name, "")).isInstanceOfSatisfying(Checked.Rejected.class, r -> {
            assertThat(r.wrongType()).isTrue();
            assertThat(r.reason()).contains("I only read notes in .markdown, .md, .pdf, .text, .txt");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", "a/../b", "a//b", ".hidden", "CON", "x\u0007", "a\\b"})
    void eachFolderSegmentFollowsTheSameRules(String folder) {
        assertThat(check("ok.md", folder))
                .isInstanceOfSatisfying(
                        Checked.Rejected.class, r -> assertThat(r.wrongType()).isFalse());
    }

    @Test
    void aPathTooLongForADiscordChoiceIsRefused() {
        // WHEN
        Checked checked = check("n".repeat(95) + ".md", "folder");
        // THEN
        assertThat(checked)
                .isInstanceOfSatisfying(
                        Checked.Rejected.class, r -> assertThat(r.reason()).contains("keep them within 100"));
    }

    @Test
    void everyAcceptedPathStaysBelowTheServersFolder() {
        // GIVEN names an attacker might try, of which some are accepted after sanitising
        String[] names = {"a.md", "~.md", "%2e%2e.md", "…/x.md", "..md", "a. .md", "\u2215etc.md"};
        for (String name : names) {
            // WHEN
            Checked checked = check(name, "");
            // THEN
            if (checked instanceof Checked.Accepted a) {
                assertThat(java.nio.file.Path.of("/n").resolve(a.path()).normalize())
                        .startsWithRaw(java.nio.file.Path.of("/n/uploads/" + SERVER));
            }
        }
    }

    @Test
    void theServerMustBeADiscordId() {
        assertThatThrownBy(() -> UploadName.check("../x", "a.md", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("serverId");
    }
}
