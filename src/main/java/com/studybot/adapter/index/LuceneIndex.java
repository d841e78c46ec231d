package com.studybot.adapter.index;

import com.studybot.core.content.Chunk;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One on-disk Lucene index of chunks (BM25 fields and vectors together). Opens for writing when it can;
 * when another studybot process holds the write lock it opens read-only and says so.
 */
public final class LuceneIndex implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LuceneIndex.class);

    private final Path dir;
    private final Directory directory;
    private final Analyzer english = Analyzers.english();
    private final Analyzer chinese = Analyzers.chinese();
    /** At most this many chunk documents are kept decoded (a few kB each: text, vectors, terms). */
    private static final int DECODED_CHUNKS = 4096;

    private final DecodedChunks decoded = new DecodedChunks(english, chinese, DECODED_CHUNKS);
    private final Spellings spellings = new Spellings(10_000);
    // replaced only by rollBack(), after a failed update
    private volatile Optional<IndexWriter> writer;
    private volatile SearcherManager searchers;
    private volatile boolean open = true;

    private LuceneIndex(Path dir, Directory directory, Optional<IndexWriter> writer) throws IOException {
        this.dir = dir;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers(directory, writer);
    }

    private static SearcherManager searchers(Directory directory, Optional<IndexWriter> writer) throws IOException {
        return writer.isPresent() ? new SearcherManager(writer.get(), null) : new SearcherManager(directory, null);
    }

    /**
     * Opens (creating if needed) the index in {@code dir}, for writing when it can; when another studybot process
     * holds the write lock, read-only. The index is derived from the notes: one found damaged (a file missing or
     * unreadable, or, after an unclean shutdown, a checksum that does not match) is rebuilt from scratch with one
     * warning.
     */
    public static LuceneIndex open(Path dir) {
        return open(dir, UnaryOperator.identity());
    }

    /** As {@link #open(Path)}, over the folder's directory as {@code wrap} returns it (tests fill the disk). */
    static LuceneIndex open(Path dir, UnaryOperator<Directory> wrap) {
        try {
            return openIn(dir, wrap);
        } catch (CorruptIndexException
                | IndexFormatTooOldException
                | IndexFormatTooNewException
                | java.nio.file.NoSuchFileException
                | java.io.FileNotFoundException e) {
            LOG.warn("The index in {} is damaged ({}); rebuilding it from the notes", dir, e.getMessage());
            wipe(dir);
            try {
                return openIn(dir, wrap);
            } catch (IOException again) {
                throw cannotOpen(dir, again);
            }
        } catch (IOException e) {
            throw cannotOpen(dir, e);
        }
    }

    private static RuntimeException cannotOpen(Path dir, IOException e) {
        if (IndexDiskFull.causedBy(e)) { // a new index's first, empty commit is a few kB
            return new IndexDiskFull(dir, 0, e);
        }
        return new UncheckedIOException("Cannot open the index in " + dir, e);
    }

    /** Marks an index its writer closed cleanly; absent at open, the last writer did not close it (a kill, a crash). */
    private static final String CLEAN = "studybot-closed-cleanly";

    private static IndexWriter writer(Directory directory) throws IOException {
        var config = new IndexWriterConfig(Analyzers.perField(Analyzers.english(), Analyzers.chinese()));
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        return new IndexWriter(directory, config);
    }

    private static LuceneIndex openIn(Path dir, UnaryOperator<Directory> wrap) throws IOException {
        Files.createDirectories(dir);
        Directory directory = wrap.apply(FSDirectory.open(dir));
        try {
            IndexWriter writer;
            try {
                writer = writer(directory);
            } catch (LockObtainFailedException e) {
                if (!DirectoryReader.indexExists(directory) || !built(directory)) {
                    throw new IndexBusyException(dir); // another process is building it: nothing to read yet
                }
                LOG.warn("The index in {} is in use by another studybot process; answering from it read-only", dir);
                return new LuceneIndex(dir, directory, Optional.empty());
            }
            try {
                boolean clean = Files.deleteIfExists(dir.resolve(CLEAN));
                if (!DirectoryReader.indexExists(directory)) { // empty, and marked not built until a sync commits
                    writer.setLiveCommitData(Map.of(IndexFields.COMMIT_VERSION, "0", IndexFields.COMMIT_BUILT, "false")
                            .entrySet());
                    writer.commit();
                } else if (!clean) {
                    verify(directory);
                }
                return new LuceneIndex(dir, directory, Optional.of(writer));
            } catch (IOException | RuntimeException e) {
                writer.rollback();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** Reads every file of the latest commit and checks its checksum (once, after an unclean shutdown). */
    private static void verify(Directory directory) throws IOException {
        try (var reader = DirectoryReader.open(directory)) {
            for (var leaf : reader.leaves()) {
                leaf.reader().checkIntegrity();
            }
        }
    }

    /** Deletes a damaged index's files, holding its write lock (so never under another process's feet). */
    private static void wipe(Path dir) {
        try (Directory directory = FSDirectory.open(dir);
                var lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            for (String file : directory.listAll()) {
                if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                    directory.deleteFile(file);
                }
            }
        } catch (LockObtainFailedException e) {
            throw new UncheckedIOException(
                    "The index in " + dir + " is damaged and another studybot process holds it: stop that process,"
                            + " and the next start rebuilds it",
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear the damaged index in " + dir, e);
        }
    }

    public boolean readOnly() {
        return writer.isEmpty();
    }

    /** Whether a sync has ever committed this index (a new one is empty and not built until then). */
    public boolean built() {
        try {
            IndexSearcher searcher = acquire();
            try {
                var reader = (DirectoryReader) searcher.getIndexReader();
                return !"false".equals(reader.getIndexCommit().getUserData().get(IndexFields.COMMIT_BUILT));
            } finally {
                release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the latest commit in {@code directory} is of a built index (one not marked otherwise). */
    private static boolean built(Directory directory) throws IOException {
        var commits = DirectoryReader.listCommits(directory);
        var latest = commits.get(commits.size() - 1);
        return !"false".equals(latest.getUserData().get(IndexFields.COMMIT_BUILT));
    }

    Optional<IndexWriter> writer() {
        return writer;
    }

    Path dir() {
        return dir;
    }

    /**
     * After a failed update (a full disk, say): drops everything written since the last commit and goes on from
     * that commit with a new writer, so answers come from it and the next update resumes there. When no writer
     * can be opened again, answers come from that commit read-only.
     */
    synchronized void rollBack() {
        writer.ifPresent(w -> {
            try {
                w.rollback(); // a no-op when Lucene already closed it (a "tragic" write failure)
            } catch (IOException | RuntimeException e) {
                LOG.debug("Rolling back the index writer in {} failed", dir, e);
            }
        });
        SearcherManager previous = searchers;
        try {
            Optional<IndexWriter> fresh;
            try {
                fresh = Optional.of(writer(directory));
            } catch (IOException e) {
                LOG.warn(
                        "Cannot write to the index in {} again ({}); answering from it read-only", dir, e.getMessage());
                fresh = Optional.empty();
            }
            searchers = searchers(directory, fresh);
            writer = fresh;
            previous.close(); // searches in flight keep their reader until they release it
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot reopen the index in " + dir, e);
        }
    }

    /** Bytes of the index's files on disk (all of them, so a commit's and any leftovers). */
    long sizeOnDisk() {
        long total = 0;
        try {
            for (String file : directory.listAll()) {
                try {
                    total += directory.fileLength(file);
                } catch (java.nio.file.NoSuchFileException | java.io.FileNotFoundException e) {
                    // deleted by a merge since listed
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return total;
    }

    Analyzer english() {
        return english;
    }

    Analyzer chinese() {
        return chinese;
    }

    /** Chunk documents decoded once, shared by every retriever over this index. */
    DecodedChunks decoded() {
        return decoded;
    }

    /** Close spellings of the words the notes never use, kept per reader, shared like {@link #decoded()}. */
    Spellings spellings() {
        return spellings;
    }

    IndexSearcher acquire() throws IOException {
        SearcherManager current = searchers;
        try {
            current.maybeRefresh();
            return current.acquire();
        } catch (AlreadyClosedException e) {
            if (current == searchers) {
                throw e;
            }
            return acquire(); // rolled back meanwhile: search the commit it went back to
        }
    }

    void release(IndexSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    /**
     * Increases with every committed change; caches key on it. Waits for a refresh another thread is making, so a
     * change committed before this call is never missed (a stale version would keep a stale cache).
     */
    public long version() {
        try {
            searchers.maybeRefreshBlocking();
            IndexSearcher searcher = acquire();
            try {
                var reader = (DirectoryReader) searcher.getIndexReader();
                Map<String, String> data = reader.getIndexCommit().getUserData();
                return Long.parseLong(data.getOrDefault(IndexFields.COMMIT_VERSION, "0"));
            } finally {
                release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Number of chunks in the index. */
    public int chunkCount() {
        try {
            IndexSearcher searcher = acquire();
            try {
                return searcher.count(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_CHUNK)));
            } finally {
                release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when some chunk has Chinese text (searched with Chinese word segmentation or the Chinese model). */
    public boolean holdsChinese() {
        try {
            IndexSearcher searcher = acquire();
            try {
                var reader = searcher.getIndexReader();
                return reader.getDocCount(IndexFields.BODY_ZH) > 0 || reader.getDocCount(IndexFields.VEC_ZH_BYTES) > 0;
            } finally {
                release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Number of chunks of the note at {@code file} (its path below the notes folder). */
    public int chunkCount(String file) {
        try {
            IndexSearcher searcher = acquire();
            try {
                var query = new BooleanQuery.Builder()
                        .add(
                                new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_CHUNK)),
                                BooleanClause.Occur.FILTER)
                        .add(new TermQuery(new Term(IndexFields.FILE, file)), BooleanClause.Occur.FILTER)
                        .build();
                return searcher.count(query);
            } finally {
                release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every chunk in the index, in file and then document order. */
    public List<Chunk> chunks() {
        try {
            IndexSearcher searcher = acquire();
            try {
                var all = new ArrayList<Chunk>();
                var query = new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_CHUNK));
                int n = Math.max(1, searcher.count(query));
                for (var hit : searcher.search(query, n).scoreDocs) {
                    all.add(ChunkDocuments.toChunk(searcher.storedFields().document(hit.doc)));
                }
                all.sort(Comparator.comparing(Chunk::file));
                return all;
            } finally {
                release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last heading of up to {@code max} chunks, spread over the index (for warm-up questions). */
    public List<String> headings(int max) {
        try {
            IndexSearcher searcher = acquire();
            try {
                var query = new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_CHUNK));
                var hits = searcher.search(query, Math.max(1, searcher.count(query))).scoreDocs;
                var out = new java.util.LinkedHashSet<String>();
                int step = Math.max(1, hits.length / Math.max(1, max));
                var fields = searcher.storedFields();
                for (int i = 0; i < hits.length && out.size() < max; i += step) {
                    var heading = fields.document(hits[i].doc, Set.of(IndexFields.HEADING))
                            .getValues(IndexFields.HEADING);
                    if (heading.length > 0) {
                        out.add(heading[heading.length - 1]);
                    }
                }
                return List.copyOf(out);
            } finally {
                release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** False once {@link #close()} has begun: the index answers no more searches. */
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() {
        open = false;
        try {
            searchers.close();
            if (writer.isPresent()) {
                writer.get().close();
                Files.writeString(dir.resolve(CLEAN), "");
            }
            directory.close();
            english.close();
            chinese.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
