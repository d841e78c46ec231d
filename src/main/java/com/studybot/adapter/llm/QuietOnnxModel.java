package com.studybot.adapter.llm;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A model shipped in a LangChain4j embeddings artifact, run in an ONNX session we configure: one intra-op
 * thread that never spin-waits. ONNX Runtime's default session spins its worker threads between calls,
 * which costs a question CPU that does nothing and delays the next embedding; with one thread per call,
 * batches of passages still use every core through the executor, which runs the batch's parts side by side.
 */
final class QuietOnnxModel extends AbstractInProcessEmbeddingModel {
    private static final ExecutorService PARTS =
            Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
                Thread t = new Thread(r, "onnx-embed");
                t.setDaemon(true);
                return t;
            });

    private final OnnxBertBiEncoder encoder;

    private QuietOnnxModel(OnnxBertBiEncoder encoder, Executor executor) {
        super(executor);
        this.encoder = encoder;
    }

    /** Loads {@code modelResource} and {@code tokenizerResource} from the classpath (the model's artifact). */
    static QuietOnnxModel load(String modelResource, String tokenizerResource, PoolingMode pooling) {
        try (InputStream model = resource(modelResource);
                InputStream tokenizer = resource(tokenizerResource)) {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            var options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OrtSession session = env.createSession(model.readAllBytes(), options);
            return new QuietOnnxModel(new OnnxBertBiEncoder(env, session, tokenizer, pooling), PARTS);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the embedding model " + modelResource, e);
        } catch (OrtException e) {
            throw new IllegalStateException("Cannot load the embedding model " + modelResource, e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = QuietOnnxModel.class.getResourceAsStream("/" + name);
        if (in == null) {
            throw new IllegalStateException("The embedding model resource " + name + " is not on the classpath");
        }
        return in;
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }
}
