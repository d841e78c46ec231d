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
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A model shipped in a LangChain4j embeddings artifact, run in an ONNX session we configure: one intra-op
 * thread that never spin-waits. ONNX Runtime's default session spins its worker threads between calls,
 * which costs a question CPU that does nothing and delays the next embedding; with one thread per call,
 * batches of passages still use every core through the executor, which runs the batch's parts side by side.
 */
final class QuietOnnxModel extends AbstractInProcessEmbeddingModel {
    private static final Logger LOG = LoggerFactory.getLogger(QuietOnnxModel.class);
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

    /**
     * Loads {@code modelResource} and {@code tokenizerResource} from the classpath (the model's artifact); with
     * {@code unpacked}, ONNX Runtime's libraries and the model are read from files unpacked there once.
     */
    static QuietOnnxModel load(
            String modelResource, String tokenizerResource, PoolingMode pooling, Optional<UnpackedResources> unpacked) {
        OnnxRuntimeFiles.djlOffline();
        unpacked.ifPresent(OnnxRuntimeFiles::useUnpacked);
        try (InputStream tokenizer = resource(tokenizerResource)) {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            var options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OrtSession session = session(env, modelResource, options, unpacked);
            return new QuietOnnxModel(new OnnxBertBiEncoder(env, session, tokenizer, pooling), PARTS);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the embedding model " + modelResource, e);
        } catch (OrtException e) {
            throw new IllegalStateException("Cannot load the embedding model " + modelResource, e);
        }
    }

    /** The session reads the model's file when it has one (no copy on the Java heap), else the resource's bytes. */
    private static OrtSession session(
            OrtEnvironment env,
            String modelResource,
            OrtSession.SessionOptions options,
            Optional<UnpackedResources> unpacked)
            throws IOException, OrtException {
        Optional<Path> file = Optional.empty();
        try {
            file = unpacked.flatMap(u -> u.file(modelResource));
        } catch (UncheckedIOException e) {
            LOG.debug("The embedding model is read from the jar: {}", e.getMessage());
        }
        if (file.isPresent()) {
            return env.createSession(file.get().toString(), options);
        }
        try (InputStream model = resource(modelResource)) {
            return env.createSession(model.readAllBytes(), options);
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
