package com.studybot.core.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A shortcut's answer writes its keys as the keyboard does, whatever slip the notes made. */
final class KeyNamesTest {
    @Test
    void aKeyNameWithTwoLettersSwappedIsTheKey() {
        // the Linux cheat sheet of ../shared/testdata: "Crtl + R: Search in command history" (rated BROKEN: the
        // answer key was misspelt), with "Press Ctrl + R again" on the next line
        assertThat(DefinitionFinder.keyNames("Crtl + R")).isEqualTo("Ctrl + R");
        assertThat(DefinitionFinder.keyNames("Shfit + Tab")).isEqualTo("Shift + Tab");
    }

    @Test
    void rightNamesAndOtherTermsStayAsWritten() {
        assertThat(DefinitionFinder.keyNames("Ctrl + C")).isEqualTo("Ctrl + C");
        assertThat(DefinitionFinder.keyNames("Alt + F4")).isEqualTo("Alt + F4");
        assertThat(DefinitionFinder.keyNames("Ctrl + Shift + Esc")).isEqualTo("Ctrl + Shift + Esc");
        assertThat(DefinitionFinder.keyNames("git add [file]")).isEqualTo("git add [file]");
        assertThat(DefinitionFinder.keyNames("Crtl")).isEqualTo("Crtl"); // no shortcut: nothing to read as a key
    }
}
