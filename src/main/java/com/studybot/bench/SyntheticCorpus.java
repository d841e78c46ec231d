package com.studybot.bench;

import com.studybot.core.content.Chunk;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Derives a large corpus from a real, really-embedded sample: each derived chunk keeps a sample chunk's
 * heading, swaps a quarter of its words for words from elsewhere in the sample, and gets the sample's
 * vector plus Gaussian noise (cosine about 0.93 to the original), so BM25 and k-NN work on realistic data.
 */
final class SyntheticCorpus {
    private final List<Chunk> sample;
    private final List<float[]> vectors;
    private final List<String> vocabulary;

    SyntheticCorpus(List<Chunk> sample, List<float[]> vectors) {
        this.sample = sample;
        this.vectors = vectors;
        this.vocabulary = sample.stream()
                .flatMap(c -> List.of(c.text().split("\\s+")).stream())
                .toList();
    }

    record Derived(List<Chunk> chunks, List<float[]> vectors) {}

    Derived derive(int count, long seed) {
        var random = new SplittableRandom(seed);
        var chunks = new ArrayList<Chunk>(count);
        var vecs = new ArrayList<float[]>(count);
        for (int j = 0; j < count; j++) {
            int i = j % sample.size();
            Chunk base = sample.get(i);
            String file = "synthetic/part-" + (j / 50) + ".md";
            chunks.add(new Chunk(file + "#" + j, file, base.headingPath(), mutate(base.text(), random), "s" + j));
            vecs.add(noisy(vectors.get(i), random));
        }
        return new Derived(chunks, vecs);
    }

    private String mutate(String text, SplittableRandom random) {
        String[] words = text.split("\\s+");
        for (int k = 0; k < words.length; k++) {
            if (random.nextInt(4) == 0) {
                words[k] = vocabulary.get(random.nextInt(vocabulary.size()));
            }
        }
        return String.join(" ", words);
    }

    private static float[] noisy(float[] v, SplittableRandom random) {
        float[] out = new float[v.length];
        double norm = 0;
        for (int d = 0; d < v.length; d++) {
            double g = Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
            out[d] = (float) (v[d] + 0.02 * g);
            norm += out[d] * out[d];
        }
        float n = (float) Math.sqrt(norm);
        for (int d = 0; d < v.length; d++) {
            out[d] /= n;
        }
        return out;
    }
}
