package com.studybot.adapter.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.studybot.core.common.Progress;
import com.studybot.core.content.HeadingAwareChunker;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index another process is building for the first time is not an empty valid one: until its first sync
 * commits, a second opener is told it is being built; afterwards it reads it. (Lucene's write lock is also held
 * against a second opener in the same JVM, so one test process plays both.)
 */
final class IndexBeingBuiltTest {
    @TempDir
    Path dir;

    @Test
    void aNewIndexIsBeingBuiltUntilItsFirstSyncCommits() {
        var notes = new InMemoryNoteSource();
        notes.put("docker.md", "Docker", "Docker packages software into images.");
        try (var building = LuceneIndex.open(dir)) {
            // WHEN another opens it before the first sync committed
            assertThatThrownBy(() -> LuceneIndex.open(dir))
                    .isInstanceOf(IndexBusyException.class)
                    .hasMessageContaining("is being built by another studybot process");
            assertThat(building.built()).isFalse();
            // WHEN the first sync commits
            new LuceneIndexer(
                            building,
                            notes,
                            new HeadingAwareChunker(100, 160),
                            new HashingEmbedder("h"),
                            Optional.empty())
                    .sync(Progress.NONE);
            // THEN another opener reads it, read-only, with what it holds
            assertThat(building.built()).isTrue();
            try (var reader = LuceneIndex.open(dir)) {
                assertThat(reader.readOnly()).isTrue();
                assertThat(reader.built()).isTrue();
                assertThat(reader.chunkCount()).isEqualTo(1);
            }
        }
    }

    @Test
    void aNewIndexOfNoNotesIsBuiltOnceSynced() {
        try (var building = LuceneIndex.open(dir)) {
            new LuceneIndexer(
                            building,
                            new InMemoryNoteSource(),
                            new HeadingAwareChunker(100, 160),
                            new HashingEmbedder("h"),
                            Optional.empty())
                    .sync(Progress.NONE);
            try (var reader = LuceneIndex.open(dir)) {
                assertThat(reader.chunkCount()).isZero();
            }
        }
    }
}
