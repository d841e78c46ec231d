package com.studybot.adapter.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.common.Progress;
import com.studybot.core.content.HeadingAwareChunker;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index is derived data: damaged, it is rebuilt from the notes (with one warning), never read wrong. */
final class DamagedIndexTest {
    @TempDir
    Path dir;

    private final InMemoryNoteSource notes = new InMemoryNoteSource();

    private void sync(LuceneIndex index) {
        new LuceneIndexer(index, notes, new HeadingAwareChunker(100, 160), new HashingEmbedder("h"), Optional.empty())
                .sync(Progress.NONE);
    }

    /** Builds an index of two notes, closed as a killed process leaves it (no clean close recorded). */
    private int builtThenKilled() throws IOException {
        notes.put("docker.md", "Docker", "Docker packages software into images. ".repeat(40));
        notes.put("k8s.md", "Kubernetes", "Kubernetes schedules pods across nodes. ".repeat(40));
        int chunks;
        try (var index = LuceneIndex.open(dir)) {
            sync(index);
            chunks = index.chunkCount();
        }
        Files.delete(dir.resolve("studybot-closed-cleanly"));
        return chunks;
    }

    private Path largestSegmentFile() throws IOException {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("_"))
                    .max(Comparator.comparingLong(f -> f.toFile().length()))
                    .orElseThrow();
        }
    }

    @Test
    void bytesOverwrittenInASegmentAreFoundAfterAnUncleanShutdownAndTheIndexIsRebuilt() throws IOException {
        int chunks = builtThenKilled();
        Path segment = largestSegmentFile();
        try (var file = new RandomAccessFile(segment.toFile(), "rw")) {
            file.seek(file.length() / 2);
            file.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        }
        try (var index = LuceneIndex.open(dir)) {
            assertThat(index.built()).as("rebuilt from scratch").isFalse();
            assertThat(index.chunkCount()).isZero();
            sync(index);
            assertThat(index.chunkCount()).isEqualTo(chunks).isPositive();
        }
    }

    @Test
    void aDeletedSegmentFileMeansARebuildNotAFailure() throws IOException {
        int chunks = builtThenKilled();
        Files.delete(largestSegmentFile());
        try (var index = LuceneIndex.open(dir)) {
            sync(index);
            assertThat(index.chunkCount()).isEqualTo(chunks).isPositive();
        }
    }

    @Test
    void aCleanlyClosedIndexOpensAsItWas() {
        notes.put("docker.md", "Docker", "Docker packages software into images.");
        try (var index = LuceneIndex.open(dir)) {
            sync(index);
        }
        assertThat(dir.resolve("studybot-closed-cleanly")).exists();
        try (var index = LuceneIndex.open(dir)) {
            assertThat(index.built()).isTrue();
            assertThat(index.chunkCount()).isEqualTo(1);
        }
    }
}
