package com.studybot.core.answer;

import java.util.List;

/**
 * A corpus's own questions, for calibrating the answer decision to it: the {@link DecisionFeatures} of
 * questions made from its notes (quiz items asked back as questions; the notes answer them) and of questions on
 * other subjects (they don't). Features, not confidences, so that any policy can be calibrated from them.
 */
public record CorpusSample(List<double[]> positives, List<double[]> negatives) {
    /** The fewest questions of each side a sample needs to set a threshold. */
    public static final int MIN_EACH = 8;

    public static final CorpusSample NONE = new CorpusSample(List.of(), List.of());

    public CorpusSample {
        positives = List.copyOf(positives);
        negatives = List.copyOf(negatives);
        for (double[] f : positives) {
            check(f);
        }
        for (double[] f : negatives) {
            check(f);
        }
    }

    private static void check(double[] f) {
        if (f.length != DecisionFeatures.NAMES.size()) {
            throw new IllegalArgumentException(
                    "a sample's features must be " + DecisionFeatures.NAMES + ", got " + f.length + " values");
        }
    }

    public boolean usable() {
        return positives.size() >= MIN_EACH && negatives.size() >= MIN_EACH;
    }
}
