package com.studybot;

import com.studybot.adapter.cache.CachingEmbedder;
import com.studybot.adapter.llm.LazyEmbedder;
import com.studybot.adapter.llm.OnnxEmbedder;
import com.studybot.config.StudybotConfig;
import com.studybot.core.retrieval.Embedder;
import com.studybot.core.telemetry.Telemetry;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The embedding models, loaded once and shared by every {@link Engine} of a process (the eval command indexes
 * several folders): MiniLM for every language, and bge-small-zh for Chinese when {@code retrieval.cjkModel} is on,
 * loaded the first time a Chinese passage or question needs it.
 */
public record Models(Embedder english, Optional<Supplier<Embedder>> chinese) {
    public static Models load(StudybotConfig config) {
        return load(config, Telemetry.NONE);
    }

    /**
     * As above, the models telling {@code telemetry} how long they took to load and to embed each query. MiniLM
     * loads on a thread of its own from now on, while the caller opens the index (its first use waits for it);
     * the models and ONNX Runtime's libraries are unpacked into data/cache/unpacked once and read from there.
     */
    public static Models load(StudybotConfig config, Telemetry telemetry) {
        Optional<Path> unpacked =
                Optional.of(config.data().dir().resolve("cache").resolve("unpacked"));
        Embedder en = new CachingEmbedder(
                LazyEmbedder.loadingNow(OnnxEmbedder.MINILM, () -> OnnxEmbedder.miniLm(telemetry, unpacked)),
                config.cache().embeddings().maxSize());
        Optional<Supplier<Embedder>> zh = config.retrieval().cjkModel()
                ? Optional.of(new LazyEmbedder(
                        OnnxEmbedder.BGE_ZH,
                        () -> new CachingEmbedder(
                                OnnxEmbedder.bgeSmallZh(telemetry, unpacked),
                                config.cache().embeddings().maxSize())))
                : Optional.empty();
        return new Models(en, zh);
    }
}
