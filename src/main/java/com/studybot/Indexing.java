package com.studybot;

import com.studybot.adapter.index.LuceneIndexer;
import com.studybot.adapter.index.SyncReport;
import com.studybot.core.common.Progress;
import com.studybot.core.content.Chunker;
import com.studybot.core.content.NoteSource;
import java.util.function.Supplier;

/**
 * Keeping the index up to date, one update at a time: the watcher, Git, uploads, {@code /reload} and
 * {@code :reindex} take turns here. Holds the notes folder and chunker the index is built from, which the
 * question writers read too.
 */
public final class Indexing {
    private final LuceneIndexer indexer;
    private final NoteSource notes;
    private final Chunker chunker;

    Indexing(LuceneIndexer indexer, NoteSource notes, Chunker chunker) {
        this.indexer = indexer;
        this.notes = notes;
        this.chunker = chunker;
    }

    /** Brings the index up to date with the notes folder. */
    public synchronized SyncReport sync(Progress progress) {
        return indexer.sync(progress);
    }

    /** Runs {@code work} (which may sync) while no other update runs. */
    public synchronized <T> T exclusively(Supplier<T> work) {
        return work.get();
    }

    NoteSource notes() {
        return notes;
    }

    Chunker chunker() {
        return chunker;
    }
}
