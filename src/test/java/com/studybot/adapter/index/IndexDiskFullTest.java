package com.studybot.adapter.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.studybot.core.common.Progress;
import com.studybot.core.content.HeadingAwareChunker;
import com.studybot.core.retrieval.Embedder;
import com.studybot.core.retrieval.Query;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full disk while indexing: one line naming the folder and the space needed; the last commit keeps answering. */
final class IndexDiskFullTest {
    @TempDir
    Path dir;

    private final InMemoryNoteSource notes = new InMemoryNoteSource();
    private final AtomicReference<FullDisk> disk = new AtomicReference<>();

    private LuceneIndex open() {
        return LuceneIndex.open(dir, d -> {
            disk.set(new FullDisk(d));
            return disk.get();
        });
    }

    private LuceneIndexer indexer(LuceneIndex index, Embedder e) {
        return new LuceneIndexer(index, notes, new HeadingAwareChunker(100, 160), e, Optional.empty(), 2);
    }

    private List<String> files(LuceneIndex index, String question) {
        return new LuceneHybridRetriever(
                        index, new HashingEmbedder("h"), Optional.empty(), RetrievalTuning.defaults(), Runnable::run)
                .retrieve(new Query(question, 5)).stream()
                        .map(p -> p.chunk().file())
                        .toList();
    }

    @Test
    void aFullDiskIsOneLineNamingTheIndexFolderAndTheSpaceStillNeeded() {
        // GIVEN notes to index, and a disk with no room left
        for (int i = 0; i < 20; i++) {
            notes.put("note" + i + ".md", "Part " + i, "word" + i + " of part " + i);
        }
        try (var index = open()) {
            disk.get().fillAfter(0);
            // WHEN it indexes
            // THEN one line says where, that the disk is full, and roughly how much more is needed
            assertThatThrownBy(() -> indexer(index, new HashingEmbedder("h")).sync(Progress.NONE))
                    .isInstanceOf(IndexDiskFull.class)
                    .hasMessage("The disk holding the index in " + dir + " is full: indexing needs about 1 MB more."
                            + " Free some space and run again; what was indexed so far is kept.");
        }
    }

    @Test
    void afterAFullDiskAnswersComeFromTheLastCommitAndTheNextUpdateResumes() {
        // GIVEN an index of one note
        notes.put("docker.md", "Docker", "Docker packages software into images.");
        try (var index = open()) {
            indexer(index, new HashingEmbedder("h")).sync(Progress.NONE);
            long version = index.version();
            // WHEN new notes come while the disk is full
            notes.put("k8s.md", "Kubernetes", "Kubernetes schedules pods across nodes.");
            notes.put("helm.md", "Helm", "Helm charts package Kubernetes manifests.");
            notes.put("vault.md", "Vault", "Vault keeps secrets and rotates them.");
            disk.get().fillAfter(0);
            assertThatThrownBy(() -> indexer(index, new HashingEmbedder("h")).sync(Progress.NONE))
                    .isInstanceOf(IndexDiskFull.class);
            // THEN the index answers from its last commit, still writable
            assertThat(index.readOnly()).isFalse();
            assertThat(index.version()).isEqualTo(version);
            assertThat(index.chunkCount()).isEqualTo(1);
            assertThat(files(index, "docker images")).containsExactly("docker.md");
            // WHEN space is freed and the notes are indexed again
            disk.get().free();
            var resumed = new HashingEmbedder("h");
            indexer(index, resumed).sync(Progress.NONE);
            // THEN only the new notes are embedded, and they answer
            assertThat(resumed.passagesEmbedded.get()).isEqualTo(3);
            assertThat(index.chunkCount()).isEqualTo(4);
            assertThat(files(index, "pods nodes")).first().isEqualTo("k8s.md");
        }
    }

    @Test
    void aFullDiskIsRecognisedDownTheCauseChainOnEverySystem() {
        assertThat(IndexDiskFull.causedBy(new UncheckedIOException(
                        new IOException("write failed", new IOException("No space left on device")))))
                .isTrue();
        assertThat(IndexDiskFull.causedBy(
                        new FileSystemException("/data/index/_3.cfs", null, "No space left on device")))
                .isTrue();
        assertThat(IndexDiskFull.causedBy(new IOException("There is not enough space on the disk")))
                .isTrue();
        assertThat(IndexDiskFull.causedBy(new IOException("Permission denied"))).isFalse();
        assertThat(IndexDiskFull.causedBy(new IllegalStateException())).isFalse();
    }
}
