package com.studybot.adapter.index;

import com.studybot.adapter.index.Checkpoints.ReadFile;
import com.studybot.adapter.index.ChunkDocuments.Embedded;
import com.studybot.core.common.Progress;
import com.studybot.core.common.Scripts;
import com.studybot.core.content.Chunk;
import com.studybot.core.content.Chunker;
import com.studybot.core.content.NoteSource;
import com.studybot.core.content.ReadResult;
import com.studybot.core.content.SourceFile;
import com.studybot.core.retrieval.Embedder;
import com.studybot.core.telemetry.Telemetry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the index up to date with the notes folder: only new or changed files are parsed and only chunks
 * whose text changed are embedded; files that disappeared leave the index. Commits in checkpoints, so a run
 * stopped half-way (a kill, a full disk) resumes where the last commit left off.
 */
public final class LuceneIndexer {
    private static final Logger LOG = LoggerFactory.getLogger(LuceneIndexer.class);

    private final LuceneIndex index;
    private final NoteSource source;
    private final Chunker chunker;
    private final Embedder english;
    private final Optional<Supplier<Embedder>> chinese;
    private final int checkpointChunks;
    private final Telemetry telemetry;
    private final Clock clock;

    public LuceneIndexer(
            LuceneIndex index,
            NoteSource source,
            Chunker chunker,
            Embedder english,
            Optional<Supplier<Embedder>> chinese) {
        this(index, source, chunker, english, chinese, Checkpoints.CHUNKS, Telemetry.NONE, Clock.systemUTC());
    }

    /** As above, telling {@code telemetry} the index's passages and the time by {@code clock} after each update. */
    public LuceneIndexer(
            LuceneIndex index,
            NoteSource source,
            Chunker chunker,
            Embedder english,
            Optional<Supplier<Embedder>> chinese,
            Telemetry telemetry,
            Clock clock) {
        this(index, source, chunker, english, chinese, Checkpoints.CHUNKS, telemetry, clock);
    }

    /** As above, committing every {@code checkpointChunks} chunks or so (tests use a few). */
    LuceneIndexer(
            LuceneIndex index,
            NoteSource source,
            Chunker chunker,
            Embedder english,
            Optional<Supplier<Embedder>> chinese,
            int checkpointChunks) {
        this(index, source, chunker, english, chinese, checkpointChunks, Telemetry.NONE, Clock.systemUTC());
    }

    private LuceneIndexer(
            LuceneIndex index,
            NoteSource source,
            Chunker chunker,
            Embedder english,
            Optional<Supplier<Embedder>> chinese,
            int checkpointChunks,
            Telemetry telemetry,
            Clock clock) {
        this.telemetry = telemetry;
        this.clock = clock;
        this.index = index;
        this.source = source;
        this.chunker = chunker;
        this.english = english;
        this.chinese = chinese;
        this.checkpointChunks = checkpointChunks;
    }

    /**
     * Brings the index up to date, committing in checkpoints. When it fails, what was written since the last
     * checkpoint is rolled back, so answers come from that commit and the next update resumes there; a full disk
     * is {@link IndexDiskFull}.
     */
    public SyncReport sync(Progress progress) {
        if (index.readOnly()) {
            return new SyncReport(0, 0, 0, 0, List.of(), 0, 0, 0, true);
        }
        IndexWriter writer = index.writer().orElseThrow();
        SyncReport report;
        try {
            report = syncWith(writer, progress);
        } catch (IndexDiskFull e) {
            rollBack(writer);
            throw e;
        } catch (IOException e) {
            rollBack(writer);
            throw IndexDiskFull.causedBy(e) // while reading what the index holds, say
                    ? new IndexDiskFull(index.dir(), 0, e)
                    : new UncheckedIOException("Cannot update the index", e);
        } catch (RuntimeException e) {
            rollBack(writer);
            throw IndexDiskFull.causedBy(e) ? new IndexDiskFull(index.dir(), 0, e) : e;
        }
        telemetry.indexSynced(index.chunkCount(), clock.instant());
        return report;
    }

    /** Drops a failed checkpoint's writes (never committed: not even when the index is closed). */
    private void rollBack(IndexWriter writer) {
        if (!writer.isOpen() || writer.hasUncommittedChanges()) {
            index.rollBack();
        }
    }

    private SyncReport syncWith(IndexWriter writer, Progress progress) throws IOException {
        List<SourceFile> files = source.list();
        var stored = new StoredState(index);
        Map<String, String> known = stored.fileHashes();
        Set<String> present = files.stream().map(SourceFile::path).collect(Collectors.toSet());
        List<SourceFile> changed = files.stream()
                .filter(f -> !stamp(f).equals(known.get(f.path())))
                .toList();
        List<String> removed = known.keySet().stream()
                .filter(p -> !present.contains(p))
                .sorted()
                .toList();
        // Read reusable vectors before any delete: the searcher sees deletions once it refreshes.
        var plan = new EmbeddingPlan(english, chinese, changed.isEmpty() ? Map.of() : stored.vectorsByHash(), progress);
        List<ReadFile> read = changed.stream().map(this::read).toList();
        List<Chunk> chunks = Checkpoints.chunks(read);
        int pending = plan.pending(chunks);
        if (pending > 0) {
            progress.start(plan.task(chunks), pending);
        }
        try {
            commitInCheckpoints(writer, plan, read, removed);
        } finally {
            if (pending > 0) {
                progress.finish();
            }
        }
        int added =
                (int) changed.stream().filter(f -> !known.containsKey(f.path())).count();
        var skipped = read.stream().flatMap(f -> f.skipped().stream()).toList();
        var report = new SyncReport(
                files.size(),
                added,
                changed.size() - added,
                removed.size(),
                skipped,
                chunks.size(),
                plan.embedded(),
                plan.reused(),
                false);
        if (report.changedAnything() || !skipped.isEmpty()) {
            LOG.info("Index update: {}", report.summary());
        } else {
            LOG.debug("Index update: {}", report.summary()); // a watcher's event that changed nothing is not news
        }
        return report;
    }

    private ReadFile read(SourceFile f) {
        ReadResult result = source.read(f);
        if (result instanceof ReadResult.Parsed p) {
            return new ReadFile(f, stamp(f), chunker.chunk(p.note()), Optional.empty());
        }
        if (result instanceof ReadResult.Skipped s) { // remembered by its hash: not read and warned again unchanged
            return new ReadFile(f, stamp(f), List.of(), Optional.of(s.path() + ": " + s.reason()));
        }
        throw new AssertionError("unhandled " + result.getClass());
    }

    /**
     * Embeds, writes and commits checkpoint after checkpoint (removed files leave with the first). Nothing is
     * written before a checkpoint's vectors are ready, so a failed embedding leaves nothing half-written. A new
     * index stays "being built" until its last checkpoint, and is built once a first sync commits, even empty.
     */
    private void commitInCheckpoints(IndexWriter writer, EmbeddingPlan plan, List<ReadFile> read, List<String> removed)
            throws IOException {
        List<List<ReadFile>> checkpoints = Checkpoints.split(read, checkpointChunks);
        boolean built = index.built();
        if (checkpoints.isEmpty() && (!removed.isEmpty() || !built)) {
            checkpoints = List.of(List.of());
        }
        long version = index.version();
        var space = new SpaceEstimate(index.sizeOnDisk(), index.chunkCount()); // read now: a failed writer cannot
        for (int i = 0; i < checkpoints.size(); i++) {
            List<ReadFile> batch = checkpoints.get(i);
            try {
                List<Embedded> embedded = plan.embed(Checkpoints.chunks(batch));
                write(writer, i == 0 ? removed : List.of(), batch, embedded);
                commit(writer, ++version, built || i == checkpoints.size() - 1);
            } catch (IOException | RuntimeException e) {
                if (IndexDiskFull.causedBy(e)) {
                    List<Chunk> left = Checkpoints.chunks(read.subList(firstOf(checkpoints, i), read.size()));
                    throw new IndexDiskFull(index.dir(), space.bytes(left), e);
                }
                throw e;
            }
        }
    }

    private static int firstOf(List<List<ReadFile>> checkpoints, int i) {
        return checkpoints.subList(0, i).stream().mapToInt(List::size).sum();
    }

    private void write(IndexWriter writer, List<String> removed, List<ReadFile> batch, List<Embedded> embedded)
            throws IOException {
        for (String path : removed) {
            writer.deleteDocuments(new Term(IndexFields.FILE, path));
        }
        for (ReadFile f : batch) {
            writer.deleteDocuments(new Term(IndexFields.FILE, f.file().path()));
        }
        var docs = new ArrayList<Document>(embedded.size() + batch.size());
        for (Embedded e : embedded) {
            Chunk c = e.chunk();
            docs.add(ChunkDocuments.toDocument(
                    e,
                    Scripts.containsCjk(c.headingLabel() + c.text()),
                    ChunkTerms.of(c, index.english(), index.chinese()).encode()));
        }
        for (ReadFile f : batch) {
            docs.add(ChunkDocuments.fileDocument(f.file().path(), f.stamp()));
        }
        writer.addDocuments(docs);
    }

    /**
     * Raised whenever notes are read into passages differently (a parser or chunker change), so an index built
     * by an older studybot reads every file again; unchanged passages keep their vectors.
     */
    static final int READ_VERSION = 2;

    /** What the index remembers of a file: its content hash and how it was read. */
    private static String stamp(SourceFile f) {
        return "r" + READ_VERSION + ":" + f.contentHash();
    }

    private static void commit(IndexWriter writer, long version, boolean built) throws IOException {
        writer.setLiveCommitData(Map.of(
                        IndexFields.COMMIT_VERSION, Long.toString(version),
                        IndexFields.COMMIT_BUILT, Boolean.toString(built))
                .entrySet());
        writer.commit();
    }
}
