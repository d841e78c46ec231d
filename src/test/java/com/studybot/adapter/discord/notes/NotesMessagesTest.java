package com.studybot.adapter.discord.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.adapter.discord.Messages;
import com.studybot.core.persistence.NoteUploadStore.NoteUpload;
import com.studybot.core.quiz.Question;
import com.studybot.core.upload.NoteUploads;
import com.studybot.core.upload.UploadOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

final class NotesMessagesTest {
    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    private static UploadOutcome sample(Class<?> kind) {
        if (kind == UploadOutcome.Saved.class) {
            var q = new Question(
                    "q",
                    "Which is a probabilistic set?",
                    "Bloom filter",
                    List.of(),
                    List.of("Trie", "Bloom filter", "Heap"),
                    "uploads/1/ds.md",
                    "quote");
            return new UploadOutcome.Saved("uploads/1/ds.md", 2048, 3, 1, Optional.of(q));
        }
        if (kind == UploadOutcome.Refused.class) {
            return new UploadOutcome.Refused(UploadOutcome.Reason.TYPE, "I only read notes in .md files, not .exe.");
        }
        throw new AssertionError("no sample of " + kind);
    }

    @Test
    void everyUploadOutcomeIsRendered() {
        for (Class<?> kind : UploadOutcome.class.getPermittedSubclasses()) {
            assertThat(NotesMessages.outcome(sample(kind)))
                    .as(kind.getSimpleName())
                    .isNotBlank();
        }
        assertThat(NotesMessages.outcome(sample(UploadOutcome.Saved.class)))
                .isEqualTo("Added `uploads/1/ds.md` (2.0 KB): 3 passages and 1 quiz question.\n"
                        + "For example: Which is a probabilistic set? (Trie / Bloom filter / Heap) ||Bloom filter||");
        assertThat(NotesMessages.outcome(sample(UploadOutcome.Refused.class))).startsWith("Not added: I only read");
    }

    @Test
    void everyRemovalIsRendered() {
        for (Class<?> kind : NoteUploads.Removal.class.getPermittedSubclasses()) {
            NoteUploads.Removal removal = kind == NoteUploads.Removal.Removed.class
                    ? new NoteUploads.Removal.Removed("uploads/1/a.md")
                    : new NoteUploads.Removal.NotFound("a.md");
            assertThat(NotesMessages.removal(removal)).as(kind.getSimpleName()).contains("a.md");
        }
    }

    @Test
    void aLongListStaysWithinOneMessageAndSaysHowManyMore() {
        // GIVEN 200 uploads
        var listed = new ArrayList<NoteUploads.Listed>();
        IntStream.range(0, 200)
                .forEach(i -> listed.add(new NoteUploads.Listed(
                        new NoteUpload("1", "uploads/1/week-" + i + "/notes-" + i + ".md", "99", AT, 1000L * i, "x"),
                        i)));
        // WHEN
        String text = NotesMessages.list("1", listed);
        // THEN
        assertThat(text.length()).isLessThanOrEqualTo(Messages.TEXT_LIMIT);
        assertThat(text)
                .startsWith("Notes added here (200):\n• `week-0/notes-0.md` by <@99>, <t:" + AT.getEpochSecond()
                        + ":R>, 0 bytes, 0 passages");
        assertThat(text).containsPattern("… and \\d+ more\\.$");
    }
}
