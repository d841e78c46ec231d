package com.studybot.adapter.index;

import com.studybot.core.retrieval.Embedder;
import java.util.List;

/** Embeds like {@link HashingEmbedder} until {@code limit} passages were embedded, then fails: a killed run. */
final class FailingEmbedder implements Embedder {
    private final HashingEmbedder inner;
    private final int limit;

    FailingEmbedder(HashingEmbedder inner, int limit) {
        this.inner = inner;
        this.limit = limit;
    }

    @Override
    public String modelId() {
        return inner.modelId();
    }

    @Override
    public float[] embedQuery(String text) {
        return inner.embedQuery(text);
    }

    @Override
    public List<float[]> embedPassages(List<String> texts) {
        if (inner.passagesEmbedded.get() + texts.size() > limit) {
            throw new IllegalStateException("killed after " + inner.passagesEmbedded.get() + " passages");
        }
        return inner.embedPassages(texts);
    }
}
