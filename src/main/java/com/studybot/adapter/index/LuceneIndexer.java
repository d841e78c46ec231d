package com.studybot.adapter.index;

import com.studybot.adapter.index.ChunkDocuments.Embedded;
import com.studybot.core.common.Progress;
import com.studybot.core.common.Scripts;
import com.studybot.core.content.Chunk;
import com.studybot.core.content.Chunker;
import com.studybot.core.content.NoteSource;
import com.studybot.core.content.ReadResult;
import com.studybot.core.content.SourceFile;
import com.studybot.core.retrieval.Embedder;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * whose text changed are embedded; files that disappeared leave the index.
 */
public final class LuceneIndexer {
    private static final Logger LOG = LoggerFactory.getLogger(LuceneIndexer.class);

    private final LuceneIndex index;
    private final NoteSource source;
    private final Chunker chunker;
    private final Embedder english;
    private final Optional<Supplier<Embedder>> chinese;

    public LuceneIndexer(
            LuceneIndex index,
            NoteSource source,
            Chunker chunker,
            Embedder english,
            Optional<Supplier<Embedder>> chinese) {
        this.index = index;
        this.source = source;
        this.chunker = chunker;
        this.english = english;
        this.chinese = chinese;
    }

    public SyncReport sync(Progress progress) {
        if (index.readOnly()) {
            return new SyncReport(0, 0, 0, 0, List.of(), 0, 0, 0, true);
        }
        try {
            return syncWith(index.writer().orElseThrow(), progress);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot update the index", e);
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
        // Read reusable vectors before any delete: the searcher sees deletions once it refreshes.
        var plan = new EmbeddingPlan(english, chinese, changed.isEmpty() ? Map.of() : stored.vectorsByHash());
        int removed = 0;
        for (String path : known.keySet()) {
            if (!present.contains(path)) {
                writer.deleteDocuments(new Term(IndexFields.FILE, path));
                removed++;
            }
        }
        int added =
                (int) changed.stream().filter(f -> !known.containsKey(f.path())).count();
        var skipped = new ArrayList<String>();
        var chunks = new ArrayList<Chunk>();
        var parsed = new ArrayList<SourceFile>(); // files read, into chunks or skipped, to remember by hash
        for (SourceFile f : changed) {
            writer.deleteDocuments(new Term(IndexFields.FILE, f.path()));
            ReadResult result = source.read(f);
            if (result instanceof ReadResult.Parsed p) {
                chunks.addAll(chunker.chunk(p.note()));
                parsed.add(f);
            } else if (result instanceof ReadResult.Skipped s) {
                skipped.add(s.path() + ": " + s.reason());
                parsed.add(f); // remembered by its hash, so an unchanged skipped file is not read and warned again
            }
        }
        List<Embedded> embedded = plan.embed(chunks, progress);
        write(writer, embedded, parsed);
        var report = new SyncReport(
                files.size(),
                added,
                changed.size() - added,
                removed,
                skipped,
                chunks.size(),
                plan.embedded(),
                plan.reused(),
                false);
        if (report.changedAnything() || !index.built()) {
            commit(writer); // a new index is built once its first sync commits, even with nothing in it
        }
        if (report.changedAnything() || !skipped.isEmpty()) {
            LOG.info("Index update: {}", report.summary());
        } else {
            LOG.debug("Index update: {}", report.summary()); // a watcher's event that changed nothing is not news
        }
        return report;
    }

    private void write(IndexWriter writer, List<Embedded> embedded, List<SourceFile> parsed) throws IOException {
        var docs = new ArrayList<Document>(embedded.size());
        for (Embedded e : embedded) {
            Chunk c = e.chunk();
            docs.add(ChunkDocuments.toDocument(e, Scripts.containsCjk(c.headingLabel() + c.text())));
        }
        writer.addDocuments(docs);
        for (SourceFile f : parsed) {
            writer.addDocument(ChunkDocuments.fileDocument(f.path(), stamp(f)));
        }
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

    private void commit(IndexWriter writer) throws IOException {
        long next = index.version() + 1;
        writer.setLiveCommitData(
                Map.of(IndexFields.COMMIT_VERSION, Long.toString(next), IndexFields.COMMIT_BUILT, "true")
                        .entrySet());
        writer.commit();
    }
}
