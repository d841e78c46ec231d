package com.studybot.adapter.llm;

import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the native parts of the embedding models read before they load: ONNX Runtime's libraries from a folder
 * under data/ (it otherwise inflates 16 MB from the jar into a temporary folder at every start), and DJL's tokenizer
 * told never to go online: left alone, it asks the EC2 metadata address for an instance to report to DJL's
 * telemetry each time a process loads a tokenizer, and studybot makes no network calls by default.
 */
public final class OnnxRuntimeFiles {
    private static final Logger LOG = LoggerFactory.getLogger(OnnxRuntimeFiles.class);
    static final String NATIVE_PATH = "onnxruntime.native.path";

    private OnnxRuntimeFiles() {}

    /** DJL offline, with its usage tracking off, unless the user set either. */
    public static void djlOffline() {
        setUnlessSet("OPT_OUT_TRACKING", "true");
        setUnlessSet("ai.djl.offline", "true");
    }

    private static void setUnlessSet(String key, String value) {
        if (System.getProperty(key) == null && System.getenv(key) == null) {
            System.setProperty(key, value);
        }
    }

    /**
     * Points ONNX Runtime at its libraries unpacked into {@code unpacked} (once; a later start reads them from
     * there), unless the user pointed it elsewhere. Has no effect once ONNX Runtime is loaded, and leaves it to
     * unpack its own when this platform's libraries are not in the jar or the cache cannot be written.
     */
    static void useUnpacked(UnpackedResources unpacked) {
        if (System.getProperty(NATIVE_PATH) != null) {
            return;
        }
        platform().ifPresent(platform -> {
            String base = "ai/onnxruntime/native/" + platform + "/";
            try {
                unpacked.folder(
                                base + System.mapLibraryName("onnxruntime"),
                                base + System.mapLibraryName("onnxruntime4j_jni"))
                        .ifPresent(folder -> System.setProperty(NATIVE_PATH, folder.toString()));
            } catch (UncheckedIOException e) {
                LOG.debug("ONNX Runtime unpacks its own libraries: {}", e.getMessage());
            }
        });
    }

    /** ONNX Runtime's name for this platform's folder of libraries in its jar (linux-x64, osx-aarch64, …). */
    static Optional<String> platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String o = os.contains("mac") || os.contains("darwin")
                ? "osx"
                : os.contains("win") ? "win" : os.contains("nux") ? "linux" : null;
        String a = arch.equals("amd64") || arch.equals("x86_64") ? "x64" : arch.equals("aarch64") ? "aarch64" : null;
        return o == null || a == null ? Optional.empty() : Optional.of(o + "-" + a);
    }
}
