package com.studybot.adapter.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.retrieval.Embedder;
import com.studybot.core.telemetry.Telemetry;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15.BgeSmallZhV15EmbeddingModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our quiet ONNX sessions give the very vectors LangChain4j's ready-made models give, bit for bit. */
final class QuietOnnxModelTest {
    private static final List<String> TEXTS = List.of(
            "What is AWS Fargate?",
            "AWS Fargate is a serverless compute engine for containers: it runs your containers without servers.",
            "how do i stop git from trackng certian files",
            "容器相比虚拟机有什么好处？",
            "Kubernetes 是一个开源的容器编排系统，用于自动部署、扩展和管理容器化应用。");

    private static void sameVectors(Embedder ours, EmbeddingModel theirs) {
        for (String text : TEXTS) {
            assertThat(ours.embedQuery(text))
                    .as(text)
                    .containsExactly(theirs.embed(text).content().vector());
        }
        List<float[]> batch = ours.embedPassages(TEXTS);
        List<float[]> reference = theirs
                .embedAll(TEXTS.stream().map(TextSegment::from).toList())
                .content()
                .stream()
                .map(e -> e.vector())
                .toList();
        assertThat(batch).hasSize(TEXTS.size());
        for (int i = 0; i < TEXTS.size(); i++) {
            assertThat(batch.get(i)).as("passage " + i).containsExactly(reference.get(i));
        }
    }

    @Test
    void miniLmVectorsAreBitIdentical() {
        sameVectors(OnnxEmbedder.miniLm(), new AllMiniLmL6V2QuantizedEmbeddingModel());
    }

    @Test
    void miniLmReadFromItsUnpackedFileGivesTheSameVectors(@TempDir Path data) throws IOException {
        var unpacked = data.resolve("unpacked");
        sameVectors(
                OnnxEmbedder.miniLm(Telemetry.NONE, Optional.of(unpacked)), new AllMiniLmL6V2QuantizedEmbeddingModel());
        try (Stream<Path> files = Files.walk(unpacked)) {
            assertThat(files.map(p -> p.getFileName().toString())).contains("all-minilm-l6-v2-q.onnx");
        }
    }

    /** Left alone, DJL's tokenizer asks the EC2 metadata address for an instance to report to its telemetry. */
    @Test
    void loadingAModelKeepsItsTokenizerOffline() {
        OnnxEmbedder.miniLm();

        assertThat(System.getProperty("OPT_OUT_TRACKING")).isEqualTo("true");
        assertThat(System.getProperty("ai.djl.offline")).isEqualTo("true");
    }

    @Test
    void bgeSmallZhVectorsAreBitIdentical() {
        sameVectors(OnnxEmbedder.bgeSmallZh(), new BgeSmallZhV15EmbeddingModel());
    }
}
