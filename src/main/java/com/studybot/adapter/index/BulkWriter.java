package com.studybot.adapter.index;

import com.studybot.adapter.index.ChunkDocuments.Embedded;
import com.studybot.adapter.index.ChunkDocuments.StoredVector;
import com.studybot.core.common.Scripts;
import com.studybot.core.content.Chunk;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.IndexWriter;

/**
 * Writes chunks whose vectors are already known straight into an index (used by the benchmark to build
 * 10k and 100k-chunk indexes from a real sample without embedding every chunk).
 */
public final class BulkWriter {
    private final LuceneIndex index;

    public BulkWriter(LuceneIndex index) {
        this.index = index;
    }

    public void write(List<Chunk> chunks, List<float[]> vectors, String modelId) {
        if (chunks.size() != vectors.size()) {
            throw new IllegalArgumentException("one vector per chunk is needed");
        }
        IndexWriter writer = index.writer().orElseThrow(() -> new IllegalStateException("index is read-only"));
        try {
            for (int i = 0; i < chunks.size(); i++) {
                Chunk c = chunks.get(i);
                var e = new Embedded(c, new StoredVector(modelId, vectors.get(i)), Optional.empty());
                writer.addDocument(ChunkDocuments.toDocument(
                        e,
                        Scripts.containsCjk(c.text()),
                        ChunkTerms.of(c, index.english(), index.chinese()).encode()));
            }
            writer.setLiveCommitData(Map.of(IndexFields.COMMIT_VERSION, Long.toString(index.version() + 1))
                    .entrySet());
            writer.commit();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
