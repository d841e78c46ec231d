package com.studybot.adapter.llm;

import com.studybot.core.quiz.generate.MeaningSpace;
import com.studybot.core.retrieval.Embedder;
import java.util.List;
import java.util.function.Supplier;

/**
 * The meaning space of an in-process embedding model that reads Chinese and English (bge-small-zh): each text
 * embedded as a passage (no query cache is filled). The model is asked for only when a text is, so notes that
 * never compare Chinese with Latin text never load it.
 */
public final class EmbeddingMeaningSpace implements MeaningSpace {
    private final Supplier<Embedder> model;

    public EmbeddingMeaningSpace(Supplier<Embedder> model) {
        this.model = model;
    }

    @Override
    public List<float[]> vectors(List<String> texts) {
        return texts.isEmpty() ? List.of() : model.get().embedPassages(texts);
    }
}
