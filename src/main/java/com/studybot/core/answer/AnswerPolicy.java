package com.studybot.core.answer;

import com.studybot.core.retrieval.Passage;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides between the three outcomes from a logistic model over {@link DecisionFeatures}: its probability is
 * the confidence; at or above {@code answerAt} the notes answer the question, from {@code closestAt} the
 * closest passage is shown as such, below it the notes don't cover the question. A question asking for a kind
 * of fact (a price, a date…) that the best passage does not state is never answered outright. The weights
 * and thresholds are learnt by {@code eval} from the dev set and shipped as data. With a {@link Calibration}, the
 * answer threshold of a corpus is set from that corpus's own questions ({@link #calibrated}); {@code answerAt}
 * stays the threshold for a corpus too small to calibrate.
 */
public record AnswerPolicy(
        List<String> features,
        double intercept,
        List<Double> weights,
        double answerAt,
        double closestAt,
        Optional<Calibration> calibration) {
    public enum Verdict {
        ANSWERED,
        CLOSEST,
        NOT_IN_NOTES
    }

    public record Decision(Verdict verdict, double confidence) {}

    /**
     * How a corpus's answer threshold follows from its own questions: take the {@code positiveQuantile} of the
     * confidences of questions made from its notes (which it answers) and the {@code negativeQuantile} of those of
     * questions on other subjects (which it does not); the threshold lies {@code between} of the way from the
     * second to the first. Learnt by {@code eval} leave-one-corpus-out.
     */
    public record Calibration(
            double positiveQuantile, double negativeQuantile, double between, List<Calibration> alsoAveraged) {
        public Calibration {
            if (!(positiveQuantile >= 0 && positiveQuantile <= 1 && negativeQuantile >= 0 && negativeQuantile <= 1)) {
                throw new IllegalArgumentException(
                        "quantiles must be in 0..1, were " + positiveQuantile + ", " + negativeQuantile);
            }
            alsoAveraged = alsoAveraged == null ? List.of() : List.copyOf(alsoAveraged);
            if (alsoAveraged.stream().anyMatch(c -> !c.alsoAveraged().isEmpty())) {
                throw new IllegalArgumentException("a rule averaged with others averages no further rules");
            }
        }

        /** One rule on its own. */
        public Calibration(double positiveQuantile, double negativeQuantile, double between) {
            this(positiveQuantile, negativeQuantile, between, List.of());
        }

        /**
         * This rule with others whose thresholds are averaged with its own: the rules that came nearly as close to
         * the targets when it was learnt. One rule picked out of hundreds on a few corpora can set a new corpus's
         * threshold far from where its close runners-up would (the deep-learning notes' 0.39 against 0.19–0.25);
         * their mean moves less.
         */
        public Calibration averagedWith(List<Calibration> others) {
            return new Calibration(positiveQuantile, negativeQuantile, between, others);
        }
    }

    /** The lowest and highest answer threshold a calibration may set. */
    static final double LOWEST = 0.05;

    static final double HIGHEST = 0.95;

    /** A policy with one answer threshold for every corpus. */
    public AnswerPolicy(
            List<String> features, double intercept, List<Double> weights, double answerAt, double closestAt) {
        this(features, intercept, weights, answerAt, closestAt, Optional.empty());
    }

    public AnswerPolicy {
        Objects.requireNonNull(calibration, "calibration");
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
        return new AnswerPolicy(features, intercept, weights, answer, closest, calibration);
    }

    /** The same model and thresholds with {@code rule} for calibrating a corpus (or none). */
    public AnswerPolicy withCalibration(Optional<Calibration> rule) {
        return new AnswerPolicy(features, intercept, weights, answerAt, closestAt, rule);
    }

    /**
     * This policy with the answer threshold its {@link Calibration} sets from {@code sample}, a corpus's own
     * questions; itself when it has no calibration or the sample is too small. The closest-passage threshold
     * never lies above the answer threshold.
     */
    public AnswerPolicy calibrated(CorpusSample sample) {
        if (calibration.isEmpty() || !sample.usable()) {
            return this;
        }
        double at = calibratedAt(sample);
        return withThresholds(at, Math.min(closestAt, at));
    }

    /** The answer threshold the calibration sets from {@code sample}. */
    public double calibratedAt(CorpusSample sample) {
        Calibration c = calibration.orElseThrow();
        double sum = threshold(c, sample);
        for (Calibration other : c.alsoAveraged()) {
            sum += threshold(other, sample);
        }
        double at = sum / (1 + c.alsoAveraged().size());
        return Math.max(LOWEST, Math.min(HIGHEST, at));
    }

    private double threshold(Calibration c, CorpusSample sample) {
        double strongNegative = quantile(sample.negatives(), c.negativeQuantile());
        double weakPositive = quantile(sample.positives(), c.positiveQuantile());
        return strongNegative + c.between() * (weakPositive - strongNegative);
    }

    private double quantile(List<double[]> featureRows, double q) {
        double[] c = featureRows.stream().mapToDouble(this::confidence).sorted().toArray();
        double pos = q * (c.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(c.length - 1, lo + 1);
        return c[lo] + (pos - lo) * (c[hi] - c[lo]);
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
        return new Decision(verdict(confidence, DecisionFeatures.capped(f)), confidence);
    }

    /**
     * The outcome for a confidence, capped at {@link Verdict#CLOSEST} when the features rule out an answer
     * ({@link DecisionFeatures#capped}).
     */
    public Verdict verdict(double confidence, boolean capped) {
        if (confidence >= answerAt && !capped) {
            return Verdict.ANSWERED;
        }
        return confidence >= closestAt ? Verdict.CLOSEST : Verdict.NOT_IN_NOTES;
    }
}
