package com.studybot.adapter.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.studybot.adapter.index.BatchPipeline.Batch;
import com.studybot.core.retrieval.Embedder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Two batches are with the model at once, yet every batch's vectors arrive in order and unchanged. */
final class BatchPipelineTest {
    private final HashingEmbedder hashing = new HashingEmbedder("hash-v1");

    @Test
    void theNextBatchIsEmbeddedWhileTheFirstIsStillRunning() throws InterruptedException {
        // GIVEN a model whose first batch finishes only once a second batch has reached it
        var secondArrived = new CountDownLatch(1);
        var overlapped = new ArrayList<Boolean>();
        Embedder model = new Embedder() {
            @Override
            public String modelId() {
                return "slow-first";
            }

            @Override
            public float[] embedQuery(String text) {
                return hashing.embedQuery(text);
            }

            @Override
            public List<float[]> embedPassages(List<String> texts) {
                if (texts.get(0).equals("a")) {
                    try {
                        boolean seen = secondArrived.await(10, TimeUnit.SECONDS);
                        synchronized (overlapped) {
                            overlapped.add(seen);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                } else {
                    secondArrived.countDown();
                }
                return hashing.embedPassages(texts);
            }
        };
        var received = new ArrayList<String>();
        // WHEN three batches run
        BatchPipeline.run(List.of(
                new Batch(model, List.of("a", "b"), v -> received.add("1:" + same(v, "a", "b"))),
                new Batch(model, List.of("c"), v -> received.add("2:" + same(v, "c"))),
                new Batch(model, List.of("d", "e"), v -> received.add("3:" + same(v, "d", "e")))));
        // THEN the second batch reached the model before the first was done, and results came in order
        assertThat(overlapped).containsExactly(true);
        assertThat(received).containsExactly("1:true", "2:true", "3:true");
    }

    @Test
    void aFailedBatchStopsTheRunAfterTheBatchesBeforeIt() {
        // GIVEN a model that fails on its second batch
        Embedder model = new Embedder() {
            @Override
            public String modelId() {
                return "fails-on-c";
            }

            @Override
            public float[] embedQuery(String text) {
                return hashing.embedQuery(text);
            }

            @Override
            public List<float[]> embedPassages(List<String> texts) {
                if (texts.contains("c")) {
                    throw new IllegalStateException("killed at c");
                }
                return hashing.embedPassages(texts);
            }
        };
        var received = new ArrayList<Integer>();
        // WHEN three batches of two run
        // THEN the failure is thrown as it is, and only the first batch was handed over
        assertThatThrownBy(() -> BatchPipeline.run(List.of(
                        new Batch(model, List.of("a", "b"), v -> received.add(1)),
                        new Batch(model, List.of("c", "d"), v -> received.add(2)),
                        new Batch(model, List.of("e", "f"), v -> received.add(3)))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("killed at c");
        assertThat(received).containsExactly(1);
    }

    private boolean same(List<float[]> vectors, String... texts) {
        if (vectors.size() != texts.length) {
            return false;
        }
        for (int i = 0; i < texts.length; i++) {
            if (!java.util.Arrays.equals(vectors.get(i), hashing.embedQuery(texts[i]))) {
                return false;
            }
        }
        return true;
    }

    @Test
    void twoModelsBatchesAreSpreadEvenlyEachInItsOrder() {
        // GIVEN six English batches and three Chinese ones
        var en = List.of("e1", "e2", "e3", "e4", "e5", "e6");
        var zh = List.of("z1", "z2", "z3");
        // WHEN they are mixed, or one list is empty
        // THEN each keeps its order and the Chinese ones come every other English pair
        assertThat(EmbeddingPlan.mixed(en, zh)).containsExactly("e1", "z1", "e2", "e3", "z2", "e4", "e5", "z3", "e6");
        assertThat(EmbeddingPlan.mixed(en, List.of())).isEqualTo(en);
        assertThat(EmbeddingPlan.mixed(List.<String>of(), zh)).isEqualTo(zh);
    }
}
