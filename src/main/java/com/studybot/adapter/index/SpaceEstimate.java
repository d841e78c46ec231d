package com.studybot.adapter.index;

import com.studybot.core.content.Chunk;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A rough size of chunks not yet written, for the "about N MB more" of a full disk. */
final class SpaceEstimate {
    /** MiniLM's vector size; the index keeps each vector twice (the HNSW graph's copy and the stored bytes). */
    static final int DIMENSIONS = 384;

    /** Below this many chunks, an index's own average is mostly fixed overhead, so the formula is better. */
    private static final int MEASURED_FROM = 100;

    private final long indexBytes;
    private final int indexChunks;

    /** Given what the index takes now: its bytes on disk and its chunks. */
    SpaceEstimate(long indexBytes, int indexChunks) {
        this.indexBytes = indexBytes;
        this.indexChunks = indexChunks;
    }

    /**
     * Bytes the chunks will roughly take: the index's average per chunk when it holds enough of them, else text
     * twice (stored and inverted), the vector twice, and some per-document overhead (graph links, ids, headings).
     */
    long bytes(List<Chunk> chunks) {
        if (indexChunks >= MEASURED_FROM) {
            return chunks.size() * (indexBytes / indexChunks);
        }
        long total = 0;
        for (Chunk c : chunks) {
            total += 2L * c.text().getBytes(StandardCharsets.UTF_8).length + 2L * DIMENSIONS * Float.BYTES + 512;
        }
        return total;
    }
}
