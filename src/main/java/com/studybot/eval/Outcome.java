package com.studybot.eval;

import com.studybot.core.retrieval.Evidence;
import java.util.List;

/**
 * How the engine did on one dev-set question: rank of the first hit (0 = none in top k), whether it
 * answered, its confidence, the top citation and the evidence of the top passages (for calibration).
 */
public record Outcome(
        DevSetQuestion question,
        int firstHitRank,
        boolean grounded,
        double confidence,
        String top,
        List<Evidence> evidence) {
    public Outcome {
        evidence = List.copyOf(evidence);
    }
}
