package com.studybot.adapter.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.studybot.core.common.Progress;
import com.studybot.core.content.HeadingAwareChunker;
import com.studybot.core.content.Section;
import com.studybot.core.retrieval.Embedder;
import com.studybot.core.retrieval.Query;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A long first index commits in checkpoints: a run stopped half-way resumes, and a file is never half in. */
final class IndexCheckpointsTest {
    private static final int CHECKPOINT = 4;
    private static final List<String> QUESTIONS =
            List.of("topic3 alpha", "topic7 gamma", "bigfile section5", "topic11 beta");

    @TempDir
    Path dir;

    private final InMemoryNoteSource notes = new InMemoryNoteSource();
    private final Map<String, Integer> chunksPerFile = new TreeMap<>();

    /** 12 notes of 1 to 3 sections and one of 6 (more than a checkpoint): 30 chunks, all different. */
    private int twelveNotesAndABigOne() {
        for (int i = 0; i < 12; i++) {
            var sections = new ArrayList<Section>();
            String[] words = {"alpha", "beta", "gamma"};
            for (int s = 0; s <= i % 3; s++) {
                sections.add(
                        new Section(List.of("Topic" + i + " " + words[s]), "topic" + i + " " + words[s] + " notes"));
            }
            put("note" + (char) ('a' + i) + ".md", sections);
        }
        var big = new ArrayList<Section>();
        for (int s = 0; s < 6; s++) {
            big.add(new Section(List.of("Section" + s), "bigfile section" + s + " text"));
        }
        put("notef-big.md", big);
        return chunksPerFile.values().stream().mapToInt(Integer::intValue).sum();
    }

    private void put(String path, List<Section> sections) {
        notes.notes.put(path, sections);
        chunksPerFile.put(path, sections.size());
    }

    private LuceneIndexer indexer(LuceneIndex index, Embedder e) {
        return new LuceneIndexer(index, notes, new HeadingAwareChunker(100, 160), e, Optional.empty(), CHECKPOINT);
    }

    private List<List<String>> answers(LuceneIndex index) {
        var retriever = new LuceneHybridRetriever(
                index, new HashingEmbedder("h"), Optional.empty(), RetrievalTuning.defaults(), Runnable::run);
        return QUESTIONS.stream()
                .map(q -> retriever.retrieve(new Query(q, 5)).stream()
                        .map(p -> p.chunk().id())
                        .toList())
                .toList();
    }

    /** What an uninterrupted run gives: the chunk count and the answers to {@link #QUESTIONS}. */
    private List<Object> cleanRun() {
        try (var index = LuceneIndex.open(dir.resolve("clean"))) {
            indexer(index, new HashingEmbedder("h")).sync(Progress.NONE);
            return List.of(index.chunkCount(), answers(index));
        }
    }

    /** Closes as a killed process leaves it: no clean close recorded. */
    private void killed(LuceneIndex index, Path at) throws IOException {
        index.close();
        Files.delete(at.resolve("studybot-closed-cleanly"));
    }

    @Test
    void aFirstIndexKilledHalfWayResumesWithOnlyWhatWasNotCommittedAndEndsAsACleanRun() throws IOException {
        // GIVEN 30 chunks to index in checkpoints of 3, 4, 2, 6... chunks, and a run killed while embedding the third
        int total = twelveNotesAndABigOne();
        Path at = dir.resolve("index");
        var index = LuceneIndex.open(at);
        var beforeKill = new HashingEmbedder("h");
        assertThatThrownBy(
                        () -> indexer(index, new FailingEmbedder(beforeKill, 8)).sync(Progress.NONE))
                .hasMessageContaining("killed");
        // THEN two checkpoints (7 chunks) are committed, and the index is still being built for others
        assertThat(beforeKill.passagesEmbedded.get()).isEqualTo(7);
        assertThatThrownBy(() -> LuceneIndex.open(at)).isInstanceOf(IndexBusyException.class);
        killed(index, at);
        // WHEN the next run indexes
        var resumed = new HashingEmbedder("h");
        try (var again = LuceneIndex.open(at)) {
            assertThat(again.built()).isFalse();
            assertThat(again.chunkCount()).isEqualTo(7);
            SyncReport report = indexer(again, resumed).sync(Progress.NONE);
            // THEN it embeds only the 23 chunks not committed, and the index is what a clean run makes
            assertThat(resumed.passagesEmbedded.get()).isEqualTo(total - 7);
            assertThat(report.chunksEmbedded()).isEqualTo(total - 7);
            assertThat(report.filesAdded()).isEqualTo(13 - 4); // a, b, c and d were committed
            assertThat(again.built()).isTrue();
            assertThat(List.of(again.chunkCount(), answers(again))).isEqualTo(cleanRun());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, 15, 30, 50, 70, 90})
    void aFileIsNeverHalfIndexedWhereverTheDiskFillsUpAndTheNextRunEndsAsACleanRun(int percent) throws IOException {
        // GIVEN the bytes a whole first index writes, and a disk that fills up a share of the way
        int total = twelveNotesAndABigOne();
        long bytes = bytesOfAFirstIndex();
        Path at = dir.resolve("index");
        var disk = new java.util.concurrent.atomic.AtomicReference<FullDisk>();
        try (var index = LuceneIndex.open(at, d -> {
            disk.set(new FullDisk(d));
            return disk.get();
        })) {
            disk.get().fillAfter(bytes * percent / 100);
            // WHEN a first index runs out of space
            assertThatThrownBy(() -> indexer(index, new HashingEmbedder("h")).sync(Progress.NONE))
                    .isInstanceOf(IndexDiskFull.class);
        }
        // THEN each file of the last commit is there whole, with its record, or not at all
        int committed;
        try (var index = LuceneIndex.open(at)) {
            Map<String, String> recorded = new StoredState(index).fileHashes();
            for (var file : chunksPerFile.entrySet()) {
                int expected = recorded.containsKey(file.getKey()) ? file.getValue() : 0;
                assertThat(index.chunkCount(file.getKey())).as(file.getKey()).isEqualTo(expected);
            }
            committed = index.chunkCount();
            assertThat(committed).isLessThan(total);
            // WHEN the next run has the space
            var resumed = new HashingEmbedder("h");
            indexer(index, resumed).sync(Progress.NONE);
            // THEN it embeds only what was not committed, and ends as a clean run
            assertThat(resumed.passagesEmbedded.get()).isEqualTo(total - committed);
            assertThat(List.of(index.chunkCount(), answers(index))).isEqualTo(cleanRun());
        }
    }

    private long bytesOfAFirstIndex() {
        var disk = new java.util.concurrent.atomic.AtomicReference<FullDisk>();
        try (var index = LuceneIndex.open(dir.resolve("measure"), d -> {
            disk.set(new FullDisk(d));
            return disk.get();
        })) {
            long before = disk.get().written();
            indexer(index, new HashingEmbedder("h")).sync(Progress.NONE);
            return disk.get().written() - before;
        }
    }

    @Test
    void progressCountsEveryPassageOnceAcrossCheckpoints() {
        // GIVEN 30 chunks in 9 checkpoints
        int total = twelveNotesAndABigOne();
        var seen = new ArrayList<String>();
        var progress = new Progress() {
            @Override
            public void start(String task, long of) {
                seen.add(task + " 0/" + of);
            }

            @Override
            public void advance(long done) {
                seen.add(Long.toString(done));
            }

            @Override
            public void finish() {
                seen.add("finished");
            }
        };
        // WHEN it indexes
        try (var index = LuceneIndex.open(dir)) {
            indexer(index, new HashingEmbedder("h")).sync(progress);
        }
        // THEN one bar goes from 0 to 30, a checkpoint at a time
        assertThat(seen)
                .containsExactly("Embedding 0/" + total, "3", "7", "9", "15", "19", "21", "25", "27", "30", "finished");
    }

    @Test
    void filesRemovedLeaveWithTheFirstCheckpoint() {
        // GIVEN an index of twelve notes and a big one
        twelveNotesAndABigOne();
        try (var index = LuceneIndex.open(dir)) {
            indexer(index, new HashingEmbedder("h")).sync(Progress.NONE);
            // WHEN one note is removed and another changed, and the run is killed before embedding anything
            notes.notes.remove("notea.md");
            notes.put("noteb.md", "Topic1", "topic1 rewritten");
            assertThatThrownBy(() -> indexer(index, new FailingEmbedder(new HashingEmbedder("h"), 0))
                            .sync(Progress.NONE))
                    .hasMessageContaining("killed");
            // THEN nothing changed, not even the removal (nothing is written before a checkpoint's vectors)
            assertThat(index.chunkCount("notea.md")).isEqualTo(1);
            // WHEN it runs again
            SyncReport report = indexer(index, new HashingEmbedder("h")).sync(Progress.NONE);
            // THEN the removed note is gone and the changed one is in
            assertThat(report.filesRemoved()).isEqualTo(1);
            assertThat(index.chunkCount("notea.md")).isZero();
            assertThat(index.chunkCount("noteb.md")).isEqualTo(1);
        }
    }
}
