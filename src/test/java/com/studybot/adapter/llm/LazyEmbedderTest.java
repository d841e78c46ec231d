package com.studybot.adapter.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.studybot.core.retrieval.Embedder;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A model loaded ahead of use: on a thread of its own from the start; its first caller waits for it. */
final class LazyEmbedderTest {
    private record Fixed(float[] vector) implements Embedder {
        @Override
        public String modelId() {
            return "fixed";
        }

        @Override
        public float[] embedQuery(String text) {
            return vector;
        }

        @Override
        public List<float[]> embedPassages(List<String> texts) {
            return texts.stream().map(t -> vector).toList();
        }
    }

    @Test
    void loadingNowLoadsOnAnotherThreadBeforeAnyUseAndTheCallerWaitsForIt() throws InterruptedException {
        var loadingThread = new AtomicReference<Thread>();
        var started = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var loads = new AtomicInteger();

        var lazy = LazyEmbedder.loadingNow("fixed", () -> {
            loads.incrementAndGet();
            loadingThread.set(Thread.currentThread());
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Fixed(new float[] {1f, 2f});
        });
        assertThat(started.await(1, TimeUnit.MINUTES))
                .as("loading began, though nobody asked")
                .isTrue();
        assertThat(lazy.metrics()).containsEntry("Model fixed", "loading");

        assertThat(loadingThread.get()).isNotSameAs(Thread.currentThread());
        assertThat(lazy.modelId()).isEqualTo("fixed");
        release.countDown();
        assertThat(lazy.embedQuery("anything")).containsExactly(1f, 2f);
        assertThat(loads).as("loaded once").hasValue(1);
    }

    @Test
    void aLoadThatFailedAheadFailsForTheFirstCallerToo() throws InterruptedException {
        var attempts = new CountDownLatch(1);
        var lazy = LazyEmbedder.loadingNow("broken", () -> {
            attempts.countDown();
            throw new IllegalStateException("Cannot load the embedding model broken.onnx");
        });
        assertThat(attempts.await(1, TimeUnit.MINUTES))
                .as("the ahead-of-use load ran")
                .isTrue();

        assertThatThrownBy(() -> lazy.embedQuery("anything"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("broken.onnx");
    }
}
