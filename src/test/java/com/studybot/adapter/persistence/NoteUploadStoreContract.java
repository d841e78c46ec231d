package com.studybot.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.persistence.NoteUploadStore;
import com.studybot.core.persistence.NoteUploadStore.NoteUpload;
import com.studybot.core.persistence.UploaderRoleStore;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every store of added notes and uploader roles does, in memory or in SQL: uploads are kept per server by path,
 * a role per server until it is cleared.
 */
abstract class NoteUploadStoreContract {
    private static final Instant T0 = Instant.parse("2026-12-01T09:15:00.123Z");
    private static final String SHA = "a".repeat(64);

    abstract NoteUploadStore uploads();

    abstract UploaderRoleStore roles();

    private static NoteUpload upload(String server, String path, String user, long bytes) {
        return new NoteUpload(server, path, user, T0, bytes, SHA);
    }

    @Test
    void addedNotesAreListedPerServerByPath() {
        // GIVEN
        NoteUploadStore store = uploads();
        // WHEN two servers add notes
        store.add(upload("1", "uploads/1/b.md", "alice", 10));
        store.add(upload("1", "uploads/1/a/c.pdf", "bob", 3_000_000_000L));
        store.add(upload("2", "uploads/2/b.md", "carol", 5));
        // THEN each server sees its own, by path, as recorded
        assertThat(store.list("1"))
                .containsExactly(
                        upload("1", "uploads/1/a/c.pdf", "bob", 3_000_000_000L),
                        upload("1", "uploads/1/b.md", "alice", 10));
        assertThat(store.list("2")).containsExactly(upload("2", "uploads/2/b.md", "carol", 5));
        assertThat(store.list("3")).isEmpty();
    }

    @Test
    void addingTheSamePathAgainReplacesTheRecord() {
        // GIVEN
        NoteUploadStore store = uploads();
        store.add(upload("1", "uploads/1/b.md", "alice", 10));
        // WHEN
        var again = new NoteUpload("1", "uploads/1/b.md", "bob", T0.plusSeconds(60), 20, "b".repeat(64));
        store.add(again);
        // THEN
        assertThat(store.list("1")).containsExactly(again);
    }

    @Test
    void removingForgetsOnlyThatNoteOfThatServer() {
        // GIVEN
        NoteUploadStore store = uploads();
        store.add(upload("1", "uploads/1/a.md", "alice", 1));
        store.add(upload("1", "uploads/1/b.md", "alice", 2));
        store.add(upload("2", "uploads/1/a.md", "bob", 3));
        // WHEN
        boolean removed = store.remove("1", "uploads/1/a.md");
        boolean again = store.remove("1", "uploads/1/a.md");
        // THEN
        assertThat(removed).isTrue();
        assertThat(again).isFalse();
        assertThat(store.list("1")).extracting(NoteUpload::path).containsExactly("uploads/1/b.md");
        assertThat(store.list("2")).hasSize(1);
    }

    @Test
    void aServerHasNoRoleUntilOneIsSetAndItCanBeChangedAndCleared() {
        // GIVEN
        UploaderRoleStore roles = roles();
        // WHEN / THEN
        assertThat(roles.role("1")).isEmpty();
        roles.setRole("1", Optional.of("100"));
        roles.setRole("2", Optional.of("200"));
        assertThat(roles.role("1")).contains("100");
        roles.setRole("1", Optional.of("101"));
        assertThat(roles.role("1")).contains("101");
        roles.setRole("1", Optional.empty());
        assertThat(roles.role("1")).isEmpty();
        assertThat(roles.role("2")).contains("200");
        roles.setRole("3", Optional.empty()); // clearing what was never set does nothing
        assertThat(roles.role("3")).isEmpty();
    }
}
