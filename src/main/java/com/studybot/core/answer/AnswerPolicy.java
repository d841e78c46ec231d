package com.studybot.core.answer;

import com.studybot.core.retrieval.Passage;
import java.util.List;
import java.util.Objects;

/**
 * Decides between the three outcomes from a logistic model over {@link DecisionFeatures}: its probability is
 * the confidence; at or above {@code answerAt} the notes answer the question, from {@code closestAt} the
 * closest passage is shown as such, below it the notes don't cover the question. A question asking for a kind
 * of fact (a price, a date…) that the best passage does not state is never answered outright. The weights
 * and thresholds are learnt by {@code eval} from the dev set and shipped as data.
 */
public record AnswerPolicy(
        List<String> features, double intercept, List<Double> weights, double answerAt, double closestAt) {
    public enum Verdict {
        ANSWERED,
        CLOSEST,
        NOT_IN_NOTES
    }

    public record Decision(Verdict verdict, double confidence) {}

    public AnswerPolicy {
        features = List.copyOf(features);
        weights = List.copyOf(weights);
        if (!features.equals(DecisionFeatures.NAMES)) {
            throw new IllegalArgumentException(
                    "the policy's features " + features + " are not the engine's " + DecisionFeatures.NAMES);
        }
        if (weights.size() != features.size()) {
            throw new IllegalArgumentException("one weight per feature expected, got " + weights.size());
        }
        if (!(closestAt >= 0 && closestAt <= answerAt && answerAt <= 1)) {
            throw new IllegalArgumentException(
                    "thresholds must satisfy 0 <= closestAt <= answerAt <= 1, were " + closestAt + ", " + answerAt);
        }
    }

    /** The same model with other thresholds. */
    public AnswerPolicy withThresholds(double answer, double closest) {
        return new AnswerPolicy(features, intercept, weights, answer, closest);
    }

    public double confidence(double[] f) {
        double z = intercept;
        for (int i = 0; i < f.length; i++) {
            z += weights.get(i) * f[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    public Decision decide(String question, List<Passage> passages) {
        Objects.requireNonNull(question, "question");
        if (passages.isEmpty()) {
            return new Decision(Verdict.NOT_IN_NOTES, 0);
        }
        double[] f = DecisionFeatures.of(question, passages);
        double confidence = confidence(f);
        return new Decision(verdict(confidence, f[DecisionFeatures.KIND_MISSING] > 0), confidence);
    }

    /** The outcome for a confidence, capped at {@link Verdict#CLOSEST} when the asked kind of fact is missing. */
    public Verdict verdict(double confidence, boolean kindMissing) {
        if (confidence >= answerAt && !kindMissing) {
            return Verdict.ANSWERED;
        }
        return confidence >= closestAt ? Verdict.CLOSEST : Verdict.NOT_IN_NOTES;
    }
}
