package com.studybot.core.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion: each ranking adds {@code weight / (k + rank)} to an item's score (rank from 1).
 * Ties keep the order of first appearance, so the result is deterministic.
 */
public final class RankFusion {
    private final int k;

    public RankFusion(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, was " + k);
        }
        this.k = k;
    }

    /** A ranking of ids, best first, and how much it counts. */
    public record Ranking(List<String> ids, double weight) {
        public Ranking {
            ids = List.copyOf(ids);
            if (weight < 0) {
                throw new IllegalArgumentException("weight must be >= 0, was " + weight);
            }
        }
    }

    public record Fused(String id, double score) {}

    public List<Fused> fuse(List<Ranking> rankings) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (Ranking ranking : rankings) {
            for (int i = 0; i < ranking.ids().size(); i++) {
                scores.merge(ranking.ids().get(i), ranking.weight() / (k + i + 1), Double::sum);
            }
        }
        var fused = new ArrayList<Fused>();
        scores.forEach((id, score) -> fused.add(new Fused(id, score)));
        fused.sort(Comparator.comparingDouble(Fused::score).reversed());
        return List.copyOf(fused);
    }
}
