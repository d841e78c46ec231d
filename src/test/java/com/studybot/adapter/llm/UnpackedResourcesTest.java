package com.studybot.adapter.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resources shipped in a jar are unpacked once, whole, under a folder named by their CRCs. */
final class UnpackedResourcesTest {
    /** A resource inside a jar on the test classpath (MiniLM's artifact). */
    private static final String IN_A_JAR = "all-minilm-l6-v2-q-tokenizer.json";

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = UnpackedResourcesTest.class.getResourceAsStream("/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aResourceInAJarIsUnpackedOnceAndReadFromTheCacheAfterwards(@TempDir Path cache) throws IOException {
        assertThat(UnpackedResourcesTest.class.getResource("/" + IN_A_JAR).getProtocol())
                .isEqualTo("jar");
        var unpacked = new UnpackedResources(cache);

        Path file = unpacked.file(IN_A_JAR).orElseThrow();

        assertThat(file).startsWith(cache).hasFileName(IN_A_JAR);
        assertThat(Files.readAllBytes(file)).isEqualTo(resource(IN_A_JAR));
        FileTime written = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(file, written);
        assertThat(new UnpackedResources(cache).file(IN_A_JAR)).contains(file);
        assertThat(Files.getLastModifiedTime(file)).as("not written again").isEqualTo(written);
        try (Stream<Path> left = Files.list(file.getParent())) {
            assertThat(left).as("no temporary file left behind").containsExactly(file);
        }
    }

    @Test
    void resourcesReadTogetherShareOneFolder(@TempDir Path cache) throws IOException {
        String model = "all-minilm-l6-v2-q.onnx";
        Path folder = new UnpackedResources(cache).folder(IN_A_JAR, model).orElseThrow();

        assertThat(Files.readAllBytes(folder.resolve(IN_A_JAR))).isEqualTo(resource(IN_A_JAR));
        assertThat(Files.size(folder.resolve(model))).isEqualTo(resource(model).length);
        assertThat(folder)
                .isNotEqualTo(new UnpackedResources(cache)
                        .file(IN_A_JAR)
                        .orElseThrow()
                        .getParent());
    }

    @Test
    void aResourceThatIsAFileAlreadyIsUsedWhereItIs(@TempDir Path cache) throws IOException {
        Path file = new UnpackedResources(cache).file("answer-policy.json").orElseThrow();

        assertThat(file.startsWith(cache)).as("read where it is").isFalse();
        assertThat(Files.readAllBytes(file)).isEqualTo(resource("answer-policy.json"));
        try (Stream<Path> made = Files.list(cache)) {
            assertThat(made).isEmpty();
        }
    }

    @Test
    void aMissingResourceIsEmpty(@TempDir Path cache) {
        assertThat(new UnpackedResources(cache).file("no-such-model.onnx")).isEmpty();
        assertThat(new UnpackedResources(cache).folder(IN_A_JAR, "no-such-model.onnx"))
                .isEmpty();
    }

    @Test
    void aCacheThatCannotBeWrittenSaysWhere(@TempDir Path parent) throws IOException {
        Path notAFolder = Files.writeString(parent.resolve("data"), "a file where the data folder should be");

        assertThatThrownBy(() -> new UnpackedResources(notAFolder.resolve("cache")).file(IN_A_JAR))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(IN_A_JAR)
                .hasMessageContaining(notAFolder.toString());
    }

    /** Where ONNX Runtime keeps this platform's libraries in its jar: a change of layout would unpack nothing. */
    @Test
    void onnxRuntimesLibrariesAreFoundWhereWeLookForThem(@TempDir Path cache) {
        String platform = OnnxRuntimeFiles.platform().orElseThrow();
        String base = "ai/onnxruntime/native/" + platform + "/";

        Path folder = new UnpackedResources(cache)
                .folder(base + System.mapLibraryName("onnxruntime"), base + System.mapLibraryName("onnxruntime4j_jni"))
                .orElseThrow();

        assertThat(folder.resolve(System.mapLibraryName("onnxruntime"))).isRegularFile();
        assertThat(folder.resolve(System.mapLibraryName("onnxruntime4j_jni"))).isRegularFile();
    }
}
