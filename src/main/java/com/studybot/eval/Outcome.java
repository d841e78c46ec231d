package com.studybot.eval;

import com.studybot.core.answer.AnswerPolicy;
import com.studybot.core.answer.DecisionFeatures;
import com.studybot.core.retrieval.Evidence;
import java.util.List;

/**
 * How the engine did on one dev-set question: rank of the first hit (0 = none in top k), the outcome and its
 * confidence, the top citation, the evidence of the top passages and the decision features of the best one
 * (so that {@code eval} can fit and score other policies without asking again), and a print of the whole answer
 * (its kind, text and passages) that the answer snapshot compares.
 */
public record Outcome(
        DevSetQuestion question,
        int firstHitRank,
        AnswerPolicy.Verdict verdict,
        double confidence,
        String top,
        String topText,
        List<Evidence> evidence,
        List<Double> features,
        String answerPrint) {
    public Outcome {
        evidence = List.copyOf(evidence);
        features = List.copyOf(features);
    }

    /** Whether the engine answered (the batch contract's {@code grounded}). */
    public boolean grounded() {
        return verdict == AnswerPolicy.Verdict.ANSWERED;
    }

    public double[] featureArray() {
        return features.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** This outcome as another policy would have decided it. */
    public Outcome under(AnswerPolicy policy) {
        double[] f = featureArray();
        double c = policy.confidence(f);
        boolean capped = DecisionFeatures.capped(f);
        return new Outcome(
                question, firstHitRank, policy.verdict(c, capped), c, top, topText, evidence, features, answerPrint);
    }
}
