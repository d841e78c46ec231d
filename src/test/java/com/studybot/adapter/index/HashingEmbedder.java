package com.studybot.adapter.index;

import com.studybot.core.retrieval.Embedder;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/** A deterministic stand-in for the embedding port: hashed bag of words, counting what it embeds. */
final class HashingEmbedder implements Embedder {
    private final String modelId;
    final AtomicInteger passagesEmbedded = new AtomicInteger();

    HashingEmbedder(String modelId) {
        this.modelId = modelId;
    }

    @Override
    public String modelId() {
        return modelId;
    }

    @Override
    public float[] embedQuery(String text) {
        float[] v = new float[64];
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                v[Math.floorMod(w.hashCode(), 64)] += 1;
            }
        }
        v[63] += 0.01f;
        return v;
    }

    @Override
    public List<float[]> embedPassages(List<String> texts) {
        passagesEmbedded.addAndGet(texts.size());
        return texts.stream().map(this::embedQuery).toList();
    }
}
