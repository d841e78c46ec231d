package com.studybot.core.upload;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.common.Hashes;
import com.studybot.core.persistence.NoteUploadStore.NoteUpload;
import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.QuizItem;
import com.studybot.core.quiz.generate.QuestionGenerator;
import com.studybot.core.upload.UploadOutcome.Reason;
import com.studybot.core.upload.UploadOutcome.Refused;
import com.studybot.testing.InMemoryNoteUploadStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** The upload service over an in-memory folder, index and store: what it saves, and that a refusal changes nothing. */
final class NoteUploadsTest {
    private static final String SERVER = "42";
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final byte[] TREES =
            "# Trees\nA **B-tree** is a balanced search tree.\n".getBytes(StandardCharsets.UTF_8);

    private final Folder folder = new Folder();
    private final Index index = new Index();
    private final InMemoryNoteUploadStore store = new InMemoryNoteUploadStore();
    private final List<QuizItem> items = new ArrayList<>();
    private final NoteUploads uploads = new NoteUploads(
            folder,
            index,
            () -> new QuestionGenerator.Result(List.copyOf(items), Map.of()),
            store,
            Clock.fixed(NOW, ZoneOffset.UTC),
            100);

    /** Files by path; "unreadable" bytes are those starting with "%PDF" and nothing else. */
    private static final class Folder implements NotesFolder {
        final Map<String, byte[]> files = new ConcurrentHashMap<>();

        @Override
        public Optional<String> withHash(String sha256) {
            return files.entrySet().stream()
                    .filter(e -> Hashes.sha256(e.getValue()).equals(sha256))
                    .map(Map.Entry::getKey)
                    .findFirst();
        }

        @Override
        public Optional<String> unreadable(String path, byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8).equals("%PDF")
                    ? Optional.of("no text found in it")
                    : Optional.empty();
        }

        @Override
        public boolean create(String path, byte[] bytes) {
            return files.putIfAbsent(path, bytes.clone()) == null;
        }

        @Override
        public boolean delete(String path) {
            return files.remove(path) != null;
        }
    }

    private final class Index implements NotesIndex {
        int reindexed;

        @Override
        public String reindex() {
            reindexed++;
            return "re-indexed";
        }

        @Override
        public int passages(String path) {
            return folder.files.containsKey(path) ? 2 : 0;
        }
    }

    private static Upload upload(String name, long declared, Download download) {
        return new Upload(SERVER, "alice", name, declared, "", download);
    }

    private static Download serving(byte[] bytes) {
        return max -> new Download.Fetched.Bytes(java.util.Arrays.copyOf(bytes, (int) Math.min(max, bytes.length)));
    }

    private static Question question(String id, String citation) {
        return new Question(id, "What is a balanced search tree?", "B-tree", List.of(), List.of(), citation, "quote");
    }

    private void assertNothingChanged(Map<String, byte[]> filesBefore) {
        assertThat(folder.files).containsOnlyKeys(filesBefore.keySet());
        assertThat(store.list(SERVER)).isEmpty();
        assertThat(index.reindexed).isZero();
    }

    @Test
    void aGoodNoteIsSavedRecordedIndexedAndDescribed() {
        // GIVEN one question from the new file and one from another file
        String path = "uploads/42/trees.md";
        items.add(new QuizItem(
                path + "#1",
                List.of(),
                Optional.of(question(path + "#1", path + " › Trees")),
                Optional.empty(),
                false,
                ""));
        items.add(new QuizItem(
                "x", List.of(), Optional.of(question("x", "uploads/42/trees.md.bak")), Optional.empty(), false, ""));
        // WHEN
        UploadOutcome outcome = uploads.add(upload("trees.md", TREES.length, serving(TREES)));
        // THEN
        assertThat(outcome).isInstanceOfSatisfying(UploadOutcome.Saved.class, s -> {
            assertThat(s.path()).isEqualTo(path);
            assertThat(s.bytes()).isEqualTo(TREES.length);
            assertThat(s.passages()).isEqualTo(2);
            assertThat(s.questions()).isEqualTo(1);
            assertThat(s.example()).map(Question::answer).contains("B-tree");
        });
        assertThat(folder.files.get(path)).isEqualTo(TREES);
        assertThat(store.list(SERVER))
                .containsExactly(new NoteUpload(SERVER, path, "alice", NOW, TREES.length, Hashes.sha256(TREES)));
        assertThat(index.reindexed).isEqualTo(1);
    }

    @Test
    void eachBadUploadIsRefusedForItsReasonAndChangesNothing() {
        // GIVEN a note already there
        folder.files.put("notes/trees.md", TREES);
        var before = Map.copyOf(folder.files);
        byte[] other = "# Other\nSomething else entirely.\n".getBytes(StandardCharsets.UTF_8);
        Download never = max -> {
            throw new AssertionError("no download expected");
        };
        record Case(Upload upload, Reason reason, String says) {}
        var cases = List.of(
                new Case(upload("../x.md", 5, never), Reason.NAME, "'..'"),
                new Case(upload("a/b.md", 5, never), Reason.NAME, "'/'"),
                new Case(upload("CON.md", 5, never), Reason.NAME, "Windows reserves"),
                new Case(upload("bad\u0001.md", 5, never), Reason.NAME, "control characters"),
                new Case(upload("tool.exe", 5, never), Reason.TYPE, "not .exe"),
                new Case(upload("empty.md", 0, never), Reason.EMPTY, "empty"),
                new Case(upload("big.md", 101, never), Reason.TOO_LARGE, "at most 100 bytes"),
                new Case(upload("liar.md", 10, serving(new byte[200])), Reason.TOO_LARGE, "101 bytes"),
                new Case(
                        upload("lost.md", 10, max -> new Download.Fetched.Failed("HTTP 404")),
                        Reason.DOWNLOAD_FAILED,
                        "HTTP 404"),
                new Case(upload("cut.md", other.length + 5, serving(other)), Reason.TRUNCATED, "cut short"),
                new Case(upload("copy.md", TREES.length, serving(TREES)), Reason.IDENTICAL, "notes/trees.md"),
                new Case(
                        upload("blank.pdf", 4, serving("%PDF".getBytes(StandardCharsets.UTF_8))),
                        Reason.UNREADABLE,
                        "no text"));
        for (Case c : cases) {
            // WHEN
            UploadOutcome outcome = uploads.add(c.upload());
            // THEN
            assertThat(outcome).as(c.upload().fileName()).isInstanceOfSatisfying(Refused.class, r -> {
                assertThat(r.reason()).isEqualTo(c.reason());
                assertThat(r.message()).contains(c.says());
            });
            assertNothingChanged(before);
        }
    }

    @Test
    void aSecondFileOfTheSameNameIsRefusedAndTheFirstKept() {
        // GIVEN
        uploads.add(upload("trees.md", TREES.length, serving(TREES)));
        byte[] other = "# Other\nSomething else.\n".getBytes(StandardCharsets.UTF_8);
        // WHEN
        UploadOutcome outcome = uploads.add(upload("trees.md", other.length, serving(other)));
        // THEN
        assertThat(outcome).isInstanceOfSatisfying(Refused.class, r -> {
            assertThat(r.reason()).isEqualTo(Reason.EXISTS);
            assertThat(r.message()).contains("/notes remove", "another name");
        });
        assertThat(folder.files.get("uploads/42/trees.md")).isEqualTo(TREES);
        assertThat(index.reindexed).isEqualTo(1);
    }

    @Test
    void aFileThatCannotBeRecordedIsNotKept() {
        // GIVEN a store that fails
        var failing = new NoteUploads(
                folder,
                index,
                () -> new QuestionGenerator.Result(List.of(), Map.of()),
                new com.studybot.core.persistence.NoteUploadStore() {
                    @Override
                    public void add(NoteUpload upload) {
                        throw new IllegalStateException("database down");
                    }

                    @Override
                    public List<NoteUpload> list(String serverId) {
                        return List.of();
                    }

                    @Override
                    public boolean remove(String serverId, String path) {
                        return false;
                    }
                },
                Clock.fixed(NOW, ZoneOffset.UTC),
                100);
        // WHEN
        var thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> failing.add(upload("trees.md", TREES.length, serving(TREES))));
        // THEN
        assertThat(thrown).hasMessageContaining("database down");
        assertThat(folder.files).isEmpty();
        assertThat(index.reindexed).isZero();
    }

    @Test
    void removingDeletesForgetsAndReindexesOnlyThisServersUpload() {
        // GIVEN
        uploads.add(upload("trees.md", TREES.length, serving(TREES)));
        // WHEN
        var unknown = uploads.remove(SERVER, "nothing.md");
        var otherServer = uploads.remove("43", "trees.md");
        var removed = uploads.remove(SERVER, "trees.md");
        // THEN
        assertThat(unknown).isEqualTo(new NoteUploads.Removal.NotFound("nothing.md"));
        assertThat(otherServer).isEqualTo(new NoteUploads.Removal.NotFound("trees.md"));
        assertThat(removed).isEqualTo(new NoteUploads.Removal.Removed("uploads/42/trees.md"));
        assertThat(folder.files).isEmpty();
        assertThat(store.list(SERVER)).isEmpty();
        assertThat(index.reindexed).isEqualTo(2);
    }

    @Test
    void theListShowsEachUploadWithItsPassages() {
        // GIVEN
        uploads.add(upload("trees.md", TREES.length, serving(TREES)));
        // WHEN
        var listed = uploads.list(SERVER);
        // THEN
        assertThat(listed).singleElement().satisfies(l -> {
            assertThat(l.upload().path()).isEqualTo("uploads/42/trees.md");
            assertThat(l.passages()).isEqualTo(2);
        });
    }
}
