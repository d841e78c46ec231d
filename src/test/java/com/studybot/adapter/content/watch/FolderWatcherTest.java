package com.studybot.adapter.content.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.testing.MovableClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watcher over a real folder and the JDK's file events. The clock stands still, so no change is due until
 * it moves: a test says which paths it expects, makes its changes, and the clock is moved past the quiet period
 * on the watcher's thread the moment the watcher has noticed them all (an event, not a time budget). Events the
 * system reports later make a later change.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS) // a guard against a hang, not a budget
final class FolderWatcherTest {
    @TempDir
    Path root;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-06T10:00:00Z"));
    private final BlockingQueue<Change> changes = new LinkedBlockingQueue<>();
    private volatile Predicate<Set<String>> ready = paths -> false;
    /** Whether a round that lost events (the JDK's overflow) makes the change due at once. */
    private volatile boolean dueOnOverflow = true;

    private FolderWatcher watcher;

    @BeforeEach
    void start() throws IOException {
        write("old.md", "# Old\nText.");
        Files.createDirectories(root.resolve(".obsidian"));
        Files.createDirectories(root.resolve("sub"));
        watcher = watch(Optional.empty());
    }

    private FolderWatcher watch(Optional<Path> ignored) {
        return FolderWatcher.start(root, ignored, clock, Duration.ofMillis(200), new FolderWatcher.Listener() {
            @Override
            public void changed(Change change) {
                changes.add(change);
            }

            @Override
            public void noticed(Set<String> pending, boolean everything) {
                if ((everything && dueOnOverflow) || ready.test(pending)) {
                    ready = paths -> false;
                    clock.advance(Duration.ofSeconds(1));
                }
            }
        });
    }

    @AfterEach
    void stop() {
        watcher.close();
    }

    @Test
    void aNewNoteIsOneChange() throws Exception {
        expect("sub/new.md");
        write("sub/new.md", "# New\nFresh text.");
        assertThat(changes.take().paths()).containsExactly("sub/new.md");
    }

    @Test
    void anEditIsAChange() throws Exception {
        expect("old.md");
        write("old.md", "# Old\nEdited text.");
        assertThat(changes.take().paths()).containsExactly("old.md");
    }

    @Test
    void aRenameNamesBothNames() throws Exception {
        expect("old.md", "renamed.md");
        Files.move(root.resolve("old.md"), root.resolve("renamed.md"));
        assertThat(changes.take().paths()).containsExactlyInAnyOrder("old.md", "renamed.md");
    }

    @Test
    void aDeleteIsAChange() throws Exception {
        expect("old.md");
        Files.delete(root.resolve("old.md"));
        assertThat(changes.take().paths()).containsExactly("old.md");
    }

    @Test
    void anEditorsSaveRenameDeleteIsOneChangeToTheNote() throws Exception {
        // as vim and many editors save: a swap file and a backup, the new text aside, moved over the note
        write(".old.md.swp", "swap");
        Files.copy(root.resolve("old.md"), root.resolve("old.md~"));
        write("old.md.tmp", "# Old\nSaved text.");
        expect("old.md");
        Files.move(root.resolve("old.md.tmp"), root.resolve("old.md"), StandardCopyOption.REPLACE_EXISTING);
        Files.delete(root.resolve("old.md~"));
        Files.delete(root.resolve(".old.md.swp"));
        assertThat(changes.take().paths()).containsExactly("old.md");
    }

    @Test
    void hiddenFoldersAndOtherFilesAreIgnored() throws Exception {
        write(".obsidian/workspace.json", "{}");
        write(".obsidian/notes.md", "# Hidden");
        write("picture.png", "png");
        expect("sub/real.md"); // the one that counts, last, so the others were seen before it
        write("sub/real.md", "# Real");
        assertThat(changes.take().paths()).containsExactly("sub/real.md");
    }

    @Test
    void aSyncToolWriting200FilesIsOneChange() throws Exception {
        // On a busy machine the JDK may drop the burst's events (an overflow: the change is then "everything");
        // the change is due only once the watcher has seen a note written after the burst, in another folder,
        // whose event comes after all of the burst's.
        dueOnOverflow = false;
        Files.createDirectories(root.resolve("burst/deeper"));
        for (int i = 0; i < 200; i++) { // as sync tools write: a hidden temporary file, then moved into place
            String name = (i % 2 == 0 ? "burst/" : "burst/deeper/") + "n" + i + ".md";
            Path tmp = root.resolve("burst/.tmp-" + i);
            Files.writeString(tmp, "# Note " + i + "\nText " + i, StandardCharsets.UTF_8);
            Files.move(tmp, root.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        }
        expect("after-burst.md");
        // moved into place, so it is one event: a plain write is a create and then a modify, and a modify
        // reported after the change was made would be a second change beside the marker's
        moveIntoPlace("after-burst.md", "# After the burst");
        Change burst = changes.take();
        // 200 notes, their two new folders and the note after them
        assertThat(burst.everything() || burst.paths().size() == 203).isTrue();
        dueOnOverflow = true;
        // anything of the burst reported late would make the next change more than the marker
        expect("marker.md");
        write("marker.md", "# Marker");
        assertThat(changes.take().paths()).containsExactly("marker.md");
    }

    @Test
    void aNewFolderIsWatchedAndADeletedOneIsAChange() throws Exception {
        expect("fresh/inner/b.md");
        Files.createDirectories(root.resolve("fresh/inner"));
        write("fresh/inner/b.md", "# B");
        assertThat(changes.take().paths()).contains("fresh/inner/b.md");
        expect("fresh/inner/b.md");
        write("fresh/inner/b.md", "# B\nEdited in a folder made after the start.");
        assertThat(changes.take().paths()).contains("fresh/inner/b.md");
        expect("sub");
        Files.delete(root.resolve("sub"));
        assertThat(changes.take().paths()).contains("sub");
    }

    @Test
    void theDataFolderInsideTheNotesIsNotWatched() throws Exception {
        watcher.close();
        Files.createDirectories(root.resolve("data/index"));
        watcher = watch(Optional.of(root.resolve("data")));
        write("data/index/segment.txt", "index files");
        write("data/index/notes.md", "# Not a note");
        expect("last.md");
        write("last.md", "# Last");
        assertThat(changes.take().paths()).containsExactly("last.md");
    }

    /** The change is due once the watcher has noticed all of {@code paths}. */
    private void expect(String... paths) {
        ready = pending -> pending.containsAll(Set.of(paths));
    }

    private void moveIntoPlace(String path, String text) throws IOException {
        Path tmp = root.resolve(path + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, root.resolve(path), StandardCopyOption.ATOMIC_MOVE);
    }

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
