package com.studybot.adapter.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.adapter.content.FileSystemNoteSource;
import com.studybot.core.common.Progress;
import com.studybot.core.content.HeadingAwareChunker;
import com.studybot.core.content.Section;
import com.studybot.core.retrieval.Passage;
import com.studybot.core.retrieval.Query;
import com.studybot.core.telemetry.Telemetry;
import com.studybot.testing.MovableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class LuceneIndexerTest {
    @TempDir
    Path dir;

    private final InMemoryNoteSource notes = new InMemoryNoteSource();
    private final HashingEmbedder embedder = new HashingEmbedder("hash-v1");

    private LuceneIndexer indexer(LuceneIndex index, HashingEmbedder e) {
        return new LuceneIndexer(index, notes, new HeadingAwareChunker(100, 160), e, Optional.empty());
    }

    private List<Passage> search(LuceneIndex index, String q) {
        return new LuceneHybridRetriever(index, embedder, Optional.empty(), RetrievalTuning.defaults(), Runnable::run)
                .retrieve(new Query(q, 5));
    }

    @Test
    void eachUpdateTellsTheTelemetryThePassagesAndWhen() {
        // GIVEN two notes and an indexer that reports
        notes.put("docker.md", "Docker", "Docker packages software into images.");
        notes.put("k8s.md", "Kubernetes", "Kubernetes schedules pods across nodes.");
        var clock = new MovableClock(Instant.parse("2026-12-06T07:30:00Z"));
        var heard = new ArrayList<String>();
        Telemetry telemetry = new Telemetry() {
            @Override
            public void indexSynced(long chunks, Instant at) {
                heard.add(chunks + " at " + at);
            }
        };
        try (var index = LuceneIndex.open(dir)) {
            var indexer = new LuceneIndexer(
                    index, notes, new HeadingAwareChunker(100, 160), embedder, Optional.empty(), telemetry, clock);
            // WHEN it updates, and again after a note left
            indexer.sync(Progress.NONE);
            notes.notes.remove("k8s.md");
            clock.advance(Duration.ofMinutes(5));
            indexer.sync(Progress.NONE);
            // THEN
            assertThat(heard).containsExactly("2 at 2026-12-06T07:30:00Z", "1 at 2026-12-06T07:35:00Z");
        }
    }

    @Test
    void unchangedNotesAreNeverEmbeddedTwice() {
        // GIVEN two notes indexed once
        notes.put("docker.md", "Docker", "Docker packages software into images.");
        notes.put("k8s.md", "Kubernetes", "Kubernetes schedules pods across nodes.");
        try (var index = LuceneIndex.open(dir)) {
            SyncReport first = indexer(index, embedder).sync(Progress.NONE);
            // WHEN nothing changed and the index is updated again
            SyncReport second = indexer(index, embedder).sync(Progress.NONE);
            // THEN the second run embeds nothing and keeps the version
            assertThat(first.chunksEmbedded()).isEqualTo(2);
            assertThat(second.chunksEmbedded()).isZero();
            assertThat(second.changedAnything()).isFalse();
            assertThat(index.chunkCount()).isEqualTo(2);
        }
    }

    @Test
    void aTextRepeatedInSeveralNotesIsEmbeddedOnce() {
        // GIVEN three notes, two with the same section (a template, a copied note)
        notes.put("a.md", "References", "See the course book, chapter 3.");
        notes.put("b.md", "References", "See the course book, chapter 3.");
        notes.put("c.md", "Kubernetes", "Kubernetes schedules pods across nodes.");
        try (var index = LuceneIndex.open(dir)) {
            var fresh = new HashingEmbedder("hash-v1");
            SyncReport report = indexer(index, fresh).sync(Progress.NONE);
            // THEN the repeated text is embedded once, and both notes hold it
            assertThat(fresh.passagesEmbedded.get()).isEqualTo(2);
            assertThat(report.chunksEmbedded()).isEqualTo(2);
            assertThat(report.chunksReused()).isEqualTo(1);
            assertThat(index.chunkCount()).isEqualTo(3);
            assertThat(search(index, "course book chapter"))
                    .extracting(p -> p.chunk().file())
                    .contains("a.md", "b.md");
        }
    }

    @Test
    void aChangedFileReembedsOnlyItsChangedChunksAndADeletedFileLeaves() {
        // GIVEN an indexed note with two sections and another note
        notes.notes.put(
                "docker.md",
                List.of(
                        new Section(List.of("Images"), "An image is a read-only template."),
                        new Section(List.of("Volumes"), "Volumes keep data.")));
        notes.put("k8s.md", "Kubernetes", "Kubernetes schedules pods across nodes.");
        try (var index = LuceneIndex.open(dir)) {
            indexer(index, embedder).sync(Progress.NONE);
            long version = index.version();
            // WHEN one section changes and the other note is deleted
            notes.notes.put(
                    "docker.md",
                    List.of(
                            new Section(List.of("Images"), "An image is a read-only template."),
                            new Section(List.of("Volumes"), "Volumes keep data after the container is gone.")));
            notes.notes.remove("k8s.md");
            var fresh = new HashingEmbedder("hash-v1");
            SyncReport report = indexer(index, fresh).sync(Progress.NONE);
            // THEN only the changed chunk is embedded, the deleted note's passages are gone
            assertThat(report.filesChanged()).isEqualTo(1);
            assertThat(report.filesRemoved()).isEqualTo(1);
            assertThat(fresh.passagesEmbedded.get()).isEqualTo(1);
            assertThat(report.chunksReused()).isEqualTo(1);
            assertThat(index.chunkCount()).isEqualTo(2);
            assertThat(index.version()).isGreaterThan(version);
            assertThat(search(index, "pods nodes"))
                    .noneMatch(p -> p.chunk().file().equals("k8s.md"));
        }
    }

    @Test
    void aSkippedFileIsRememberedUntilItChanges() throws IOException {
        // GIVEN a notes folder with a note, an empty file and a binary one (read by the real file source)
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("docker.md"), "# Docker\nDocker packages software into images.");
        Files.writeString(content.resolve("empty.md"), "");
        Files.write(content.resolve("bin.md"), new byte[] {'a', 0, 'b'});
        var source = new FileSystemNoteSource(content, 1_000_000);
        try (var index = LuceneIndex.open(dir.resolve("index"))) {
            var indexer =
                    new LuceneIndexer(index, source, new HeadingAwareChunker(100, 160), embedder, Optional.empty());
            SyncReport first = indexer.sync(Progress.NONE);
            long version = index.version();
            // WHEN nothing changed and the index is updated again
            SyncReport second = indexer.sync(Progress.NONE);
            // THEN the skipped files are neither read nor reported again, and the version stays
            assertThat(first.skipped()).hasSize(2);
            assertThat(second.skipped()).isEmpty();
            assertThat(second.changedAnything()).isFalse();
            assertThat(index.version()).isEqualTo(version);
            // WHEN the empty file gets text
            Files.writeString(content.resolve("empty.md"), "# Pods\nA pod groups containers.");
            SyncReport third = indexer.sync(Progress.NONE);
            // THEN it is read and indexed
            assertThat(third.skipped()).isEmpty();
            assertThat(index.chunkCount()).isEqualTo(2);
            assertThat(search(index, "pod groups containers").get(0).chunk().file())
                    .isEqualTo("empty.md");
        }
    }

    @Test
    void anotherModelMeansReembedding() {
        notes.put("docker.md", "Docker", "Docker packages software into images.");
        try (var index = LuceneIndex.open(dir)) {
            indexer(index, embedder).sync(Progress.NONE);
            notes.put("docker.md", "Docker", "Docker packages software into images!");
            var other = new HashingEmbedder("hash-v2");
            indexer(index, other).sync(Progress.NONE);
            assertThat(other.passagesEmbedded.get()).isEqualTo(1);
        }
    }

    @Test
    void aSecondProcessOpensTheIndexReadOnlyAndCanStillSearch() {
        // GIVEN an index held open for writing
        notes.put("docker.md", "Docker", "Docker packages software into images.");
        try (var writer = LuceneIndex.open(dir)) {
            indexer(writer, embedder).sync(Progress.NONE);
            // WHEN another opener comes along
            try (var reader = LuceneIndex.open(dir)) {
                // THEN it is read-only, refuses to update, and answers from what is there
                assertThat(reader.readOnly()).isTrue();
                assertThat(indexer(reader, embedder).sync(Progress.NONE).readOnly())
                        .isTrue();
                assertThat(search(reader, "docker images"))
                        .extracting(p -> p.chunk().file())
                        .contains("docker.md");
            }
        }
    }
}
