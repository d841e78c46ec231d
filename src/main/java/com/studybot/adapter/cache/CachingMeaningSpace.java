package com.studybot.adapter.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.studybot.core.quiz.generate.MeaningSpace;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Remembers the vector of each text (a term, a few characters of a prompt): the question generator compares the
 * same terms and characters across thousands of candidates and again on every re-read of the notes, so only
 * texts it has not seen go to the model, in one batch.
 */
public final class CachingMeaningSpace implements MeaningSpace {
    private final MeaningSpace delegate;
    private final Cache<String, float[]> cache;

    public CachingMeaningSpace(MeaningSpace delegate, long maxSize) {
        if (maxSize < 1) {
            throw new IllegalArgumentException("maxSize must be at least 1, was " + maxSize);
        }
        this.delegate = delegate;
        this.cache = Caffeine.newBuilder().maximumSize(maxSize).build();
    }

    @Override
    public List<float[]> vectors(List<String> texts) {
        Map<String, float[]> found = cache.getAll(new LinkedHashSet<>(texts), this::load);
        var out = new ArrayList<float[]>(texts.size());
        texts.forEach(t -> out.add(found.get(t)));
        return out;
    }

    private Map<String, float[]> load(java.util.Set<? extends String> missing) {
        List<String> asked = List.copyOf(missing);
        List<float[]> vectors = delegate.vectors(asked);
        if (vectors.size() != asked.size()) {
            throw new IllegalStateException("asked for " + asked.size() + " vectors, got " + vectors.size());
        }
        var out = new java.util.HashMap<String, float[]>();
        for (int i = 0; i < asked.size(); i++) {
            out.put(asked.get(i), vectors.get(i));
        }
        return out;
    }
}
