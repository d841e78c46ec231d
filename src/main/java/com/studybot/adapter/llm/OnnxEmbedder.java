package com.studybot.adapter.llm;

import com.studybot.core.retrieval.Embedder;
import com.studybot.core.telemetry.Telemetry;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * An embedding model that runs in this process (ONNX, shipped inside a Maven artifact: nothing is
 * downloaded). MiniLM for English; BGE-small-zh for Chinese text. Both run in sessions of our own
 * ({@link QuietOnnxModel}) and give the same vectors as LangChain4j's ready-made models. The time each load and
 * each query's embedding takes goes to the telemetry.
 */
public final class OnnxEmbedder implements Embedder {
    public static final String MINILM = "all-minilm-l6-v2-q";
    public static final String BGE_ZH = "bge-small-zh-v15";

    private final String modelId;
    private final EmbeddingModel model;
    private final Telemetry telemetry;
    private final LongSupplier nanos;

    public OnnxEmbedder(String modelId, EmbeddingModel model) {
        this(modelId, model, Telemetry.NONE, System::nanoTime);
    }

    /** As above, timing each query's embedding by {@code nanos} ({@link System#nanoTime}) for {@code telemetry}. */
    public OnnxEmbedder(String modelId, EmbeddingModel model, Telemetry telemetry, LongSupplier nanos) {
        this.modelId = Objects.requireNonNull(modelId, "modelId");
        this.model = Objects.requireNonNull(model, "model");
        this.telemetry = Objects.requireNonNull(telemetry, "telemetry");
        this.nanos = Objects.requireNonNull(nanos, "nanos");
    }

    public static OnnxEmbedder miniLm() {
        return miniLm(Telemetry.NONE, Optional.empty());
    }

    /**
     * MiniLM, its load and its queries timed for {@code telemetry}; with {@code unpackInto}, the model and ONNX
     * Runtime's libraries are unpacked into that folder once and read from there.
     */
    public static OnnxEmbedder miniLm(Telemetry telemetry, Optional<Path> unpackInto) {
        return load(
                MINILM,
                telemetry,
                () -> QuietOnnxModel.load(
                        "all-minilm-l6-v2-q.onnx",
                        "all-minilm-l6-v2-q-tokenizer.json",
                        PoolingMode.MEAN,
                        unpackInto.map(UnpackedResources::new)));
    }

    public static OnnxEmbedder bgeSmallZh() {
        return bgeSmallZh(Telemetry.NONE, Optional.empty());
    }

    /** BGE-small-zh, as {@link #miniLm(Telemetry, Optional)}. */
    public static OnnxEmbedder bgeSmallZh(Telemetry telemetry, Optional<Path> unpackInto) {
        return load(
                BGE_ZH,
                telemetry,
                () -> QuietOnnxModel.load(
                        "bge-small-zh-v1.5.onnx",
                        "bge-small-zh-v1.5-tokenizer.json",
                        PoolingMode.CLS,
                        unpackInto.map(UnpackedResources::new)));
    }

    /** Loads {@code model}, telling {@code telemetry} how long it took. */
    static OnnxEmbedder load(String modelId, Telemetry telemetry, Supplier<EmbeddingModel> loader) {
        long t0 = System.nanoTime();
        EmbeddingModel model = loader.get();
        telemetry.modelLoad(modelId, Duration.ofNanos(System.nanoTime() - t0));
        return new OnnxEmbedder(modelId, model, telemetry, System::nanoTime);
    }

    @Override
    public String modelId() {
        return modelId;
    }

    @Override
    public float[] embedQuery(String text) {
        long t0 = nanos.getAsLong();
        float[] vector = model.embed(text).content().vector();
        telemetry.queryEmbedding(modelId, Duration.ofNanos(nanos.getAsLong() - t0));
        return vector;
    }

    @Override
    public List<float[]> embedPassages(List<String> texts) {
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        return model.embedAll(segments).content().stream().map(e -> e.vector()).toList();
    }
}
