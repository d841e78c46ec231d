package com.studybot.adapter.llm;

import com.studybot.core.retrieval.Embedder;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15.BgeSmallZhV15EmbeddingModel;
import java.util.List;
import java.util.Objects;

/**
 * An embedding model that runs in this process (ONNX, shipped inside a Maven artifact: nothing is
 * downloaded). MiniLM for English; BGE-small-zh for Chinese text.
 */
public final class OnnxEmbedder implements Embedder {
    public static final String MINILM = "all-minilm-l6-v2-q";
    public static final String BGE_ZH = "bge-small-zh-v15";

    private final String modelId;
    private final EmbeddingModel model;

    public OnnxEmbedder(String modelId, EmbeddingModel model) {
        this.modelId = Objects.requireNonNull(modelId, "modelId");
        this.model = Objects.requireNonNull(model, "model");
    }

    public static OnnxEmbedder miniLm() {
        return new OnnxEmbedder(MINILM, new AllMiniLmL6V2QuantizedEmbeddingModel());
    }

    public static OnnxEmbedder bgeSmallZh() {
        return new OnnxEmbedder(BGE_ZH, new BgeSmallZhV15EmbeddingModel());
    }

    @Override
    public String modelId() {
        return modelId;
    }

    @Override
    public float[] embedQuery(String text) {
        return model.embed(text).content().vector();
    }

    @Override
    public List<float[]> embedPassages(List<String> texts) {
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        return model.embedAll(segments).content().stream().map(e -> e.vector()).toList();
    }
}
