package com.studybot;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.adapter.index.HashingEmbedderAccess;
import com.studybot.config.ConfigLoader;
import com.studybot.core.answer.Answer;
import com.studybot.core.common.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine following its notes folder: a saved note answers without {@code /reload}, a deleted one no longer
 * does, and a change that touches no note's text re-embeds nothing. Each step waits for the update it caused.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS) // a guard against a hang, not a budget
final class LiveNotesTest {
    @TempDir
    Path notes;

    @TempDir
    Path data;

    private final BlockingQueue<String> updates = new LinkedBlockingQueue<>();
    private Wiring wiring;
    private LiveNotes live;

    @BeforeEach
    void start() throws IOException {
        write("cells.md", "# Cells\n\nThe mitochondrion is the powerhouse of the cell.\n");
        var config = new ConfigLoader(Map.of(), Path.of("").toAbsolutePath())
                .load(Optional.empty(), Map.of("content.dir", notes.toString(), "data.dir", data.toString()));
        assertThat(config.content().watch()).as("on by default").isTrue();
        wiring = new Wiring(config, HashingEmbedderAccess.models(), true);
        wiring.sync(Progress.NONE);
        live = LiveNotes.start(wiring, Clock.systemUTC(), updates::add);
    }

    @AfterEach
    void stop() {
        live.close();
        wiring.close();
    }

    @Test
    void aSavedNoteIsAnsweredWithoutAReload() throws Exception {
        assertThat(answer("What does the ribosome make?")).doesNotContain("proteins from amino acids");
        write("ribosomes.md", "# Ribosomes\n\nThe ribosome makes proteins from amino acids.\n");
        String update = updates.take();
        assertThat(update).contains("1 new");
        assertThat(answer("What does the ribosome make?")).contains("proteins from amino acids");
    }

    @Test
    void anEditReplacesTheOldTextAndADeleteRemovesIt() throws Exception {
        write("cells.md", "# Cells\n\nThe nucleus holds the cell's DNA.\n");
        assertThat(updates.take()).contains("1 changed");
        assertThat(answer("What holds the cell's DNA?")).contains("nucleus holds");
        assertThat(answer("What is the powerhouse of the cell?")).doesNotContain("powerhouse of the cell");
        Files.delete(notes.resolve("cells.md"));
        assertThat(updates.take()).contains("1 removed");
        assertThat(wiring.index().chunkCount()).isZero();
    }

    @Test
    void touchingANoteWithoutChangingItEmbedsNothing() throws Exception {
        write("cells.md", Files.readString(notes.resolve("cells.md"))); // saved again, same text
        String update = updates.take();
        assertThat(update).contains("0 new, 0 changed, 0 removed").contains("0 embedded");
    }

    private String answer(String question) {
        Answer a = wiring.answerer().answer(question, 5);
        return a instanceof Answer.Answered answered ? answered.text() : "";
    }

    /** Saved as editors and sync tools save: the text aside, then moved over the note in one step. */
    private void write(String name, String text) throws IOException {
        Path aside = notes.resolve("." + name + ".tmp");
        Files.writeString(aside, text, StandardCharsets.UTF_8);
        Files.move(aside, notes.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
