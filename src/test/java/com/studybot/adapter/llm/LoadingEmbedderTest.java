package com.studybot.adapter.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.studybot.core.retrieval.Embedder;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The model loads on a thread of its own while start-up goes on; its first use waits for it. */
final class LoadingEmbedderTest {
    /** An embedder of our own that gives each text its length. */
    private record Lengths(String modelId) implements Embedder {
        @Override
        public float[] embedQuery(String text) {
            return new float[] {text.length()};
        }

        @Override
        public List<float[]> embedPassages(List<String> texts) {
            return texts.stream().map(this::embedQuery).toList();
        }
    }

    @Test
    void startReturnsBeforeTheLoadEndsAndTheFirstUseWaitsForIt() throws Exception {
        // GIVEN a load that cannot end until the test lets it
        var release = new CountDownLatch(1);
        var loaderThread = new String[1];
        LoadingEmbedder model = LoadingEmbedder.start("lengths", () -> {
            loaderThread[0] = Thread.currentThread().getName();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Lengths("lengths");
        });
        // THEN start returned while the load waits, and the model's name needs no load
        assertThat(model.modelId()).isEqualTo("lengths");
        // WHEN the load may end
        release.countDown();
        // THEN the first use gets the loaded model, which ran on a thread of its own
        assertThat(model.embedQuery("four")).containsExactly(4f);
        assertThat(model.embedPassages(List.of("a", "bb"))).containsExactly(new float[] {1f}, new float[] {2f});
        assertThat(loaderThread[0]).isEqualTo("studybot-model-load");
    }

    @Test
    void aFailedLoadFailsTheFirstUseWithItsOwnException() {
        LoadingEmbedder model = LoadingEmbedder.start("broken", () -> {
            throw new IllegalStateException("model file missing from the jar");
        });
        assertThatThrownBy(() -> model.embedQuery("x"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("model file missing from the jar");
        assertThatThrownBy(() -> model.embedPassages(List.of("x"))).isInstanceOf(IllegalStateException.class);
    }
}
