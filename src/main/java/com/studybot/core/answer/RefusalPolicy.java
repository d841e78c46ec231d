package com.studybot.core.answer;

import com.studybot.core.retrieval.Evidence;
import com.studybot.core.retrieval.Passage;
import java.util.List;

/**
 * Decides whether the retrieved passages are strong enough evidence to answer. Confidence blends how much
 * of the question's rare vocabulary a passage contains with how close its embedding is, rescaled from
 * {@code [similarityFloor, similarityCeiling]} to 0..1; the best of the top passages counts.
 */
public record RefusalPolicy(
        double minConfidence, double coverageWeight, double similarityFloor, double similarityCeiling, int considered) {

    public RefusalPolicy {
        if (minConfidence < 0 || minConfidence > 1) {
            throw new IllegalArgumentException("minConfidence must be in 0..1, was " + minConfidence);
        }
        if (coverageWeight < 0 || coverageWeight > 1) {
            throw new IllegalArgumentException("coverageWeight must be in 0..1, was " + coverageWeight);
        }
        if (similarityCeiling <= similarityFloor) {
            throw new IllegalArgumentException("similarityCeiling must be above similarityFloor");
        }
        if (considered < 1) {
            throw new IllegalArgumentException("considered must be >= 1, was " + considered);
        }
    }

    public double confidence(Evidence evidence) {
        double sim = (evidence.similarity() - similarityFloor) / (similarityCeiling - similarityFloor);
        sim = Math.max(0, Math.min(1, sim));
        return coverageWeight * evidence.coverage() + (1 - coverageWeight) * sim;
    }

    public double confidence(List<Passage> passages) {
        return passages.stream()
                .limit(considered)
                .mapToDouble(p -> confidence(p.evidence()))
                .max()
                .orElse(0);
    }

    public boolean grounded(double confidence) {
        return confidence >= minConfidence;
    }
}
