package com.studybot.adapter.index;

import com.studybot.adapter.index.BatchPipeline.Batch;
import com.studybot.core.content.Chunk;
import com.studybot.core.retrieval.Embedder;
import java.util.ArrayList;
import java.util.List;

/**
 * Embeds passages as indexing does (the text indexed for each, batches of {@code 32}, two batches with the model
 * at once), so the bench can time each model on its own.
 */
public final class IndexEmbedding {
    private IndexEmbedding() {}

    /** The distinct texts {@code model} would embed for these chunks: all, or only the Chinese ones. */
    public static List<String> texts(List<Chunk> chunks, boolean chineseOnly) {
        return chunks.stream()
                .filter(c -> !chineseOnly || EmbeddingPlan.wantsChinese(c))
                .map(EmbeddingPlan::embeddingText)
                .distinct()
                .toList();
    }

    /** Embeds {@code texts} with {@code model}; returns how many vectors came back. */
    public static int embed(Embedder model, List<String> texts) {
        var batches = new ArrayList<Batch>();
        int[] vectors = {0};
        for (int from = 0; from < texts.size(); from += EmbeddingPlan.BATCH) {
            batches.add(new Batch(
                    model,
                    texts.subList(from, Math.min(texts.size(), from + EmbeddingPlan.BATCH)),
                    v -> vectors[0] += v.size()));
        }
        BatchPipeline.run(batches);
        return vectors[0];
    }
}
