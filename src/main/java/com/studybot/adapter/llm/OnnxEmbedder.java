package com.studybot.adapter.llm;

import com.studybot.core.retrieval.Embedder;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.util.List;
import java.util.Objects;

/**
 * An embedding model that runs in this process (ONNX, shipped inside a Maven artifact: nothing is
 * downloaded). MiniLM for English; BGE-small-zh for Chinese text. Both run in sessions of our own
 * ({@link QuietOnnxModel}) and give the same vectors as LangChain4j's ready-made models.
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
        return new OnnxEmbedder(
                MINILM,
                QuietOnnxModel.load("all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json", PoolingMode.MEAN));
    }

    public static OnnxEmbedder bgeSmallZh() {
        return new OnnxEmbedder(
                BGE_ZH,
                QuietOnnxModel.load("bge-small-zh-v1.5.onnx", "bge-small-zh-v1.5-tokenizer.json", PoolingMode.CLS));
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
