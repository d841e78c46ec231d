package com.studybot.adapter.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.telemetry.Telemetry;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The model's own time per query and per load goes to the telemetry; passages (indexing) are not queries. */
final class OnnxEmbedderTelemetryTest {
    private final List<String> heard = new ArrayList<>();
    private final AtomicLong nanos = new AtomicLong();
    private final Telemetry telemetry = new Telemetry() {
        @Override
        public void queryEmbedding(String model, Duration took) {
            heard.add("query " + model + " " + took.toMillis());
        }

        @Override
        public void modelLoad(String model, Duration took) {
            heard.add("load " + model + (took.isNegative() ? " negative" : ""));
        }
    };

    /** A model that takes 12 ms (on the test's clock) per call. */
    private final EmbeddingModel model = new EmbeddingModel() {
        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            nanos.addAndGet(12_000_000);
            return Response.from(segments.stream()
                    .map(s -> Embedding.from(new float[] {1f, 0f}))
                    .toList());
        }
    };

    @Test
    void eachQueryIsTimedByTheModelItUsed() {
        // GIVEN
        var embedder = new OnnxEmbedder("mini", model, telemetry, nanos::get);
        // WHEN a question is embedded, then two passages
        float[] vector = embedder.embedQuery("What is ECS?");
        embedder.embedPassages(List.of("a", "b"));
        // THEN
        assertThat(vector).containsExactly(1f, 0f);
        assertThat(heard).containsExactly("query mini 12");
    }

    @Test
    void aLoadIsReportedWithItsModel() {
        // WHEN
        OnnxEmbedder loaded = OnnxEmbedder.load("mini", telemetry, () -> model);
        // THEN
        assertThat(loaded.modelId()).isEqualTo("mini");
        assertThat(heard).containsExactly("load mini");
    }
}
