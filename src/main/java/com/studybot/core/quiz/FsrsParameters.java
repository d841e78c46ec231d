package com.studybot.core.quiz;

import java.util.List;

/**
 * FSRS-5 parameters: the 19 model weights, the retention to aim for and the longest interval in days.
 * {@link #defaults()} are the published FSRS-5 defaults.
 */
public record FsrsParameters(List<Double> w, double requestRetention, int maximumInterval) {
    private static final List<Double> DEFAULT_W = List.of(
            0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575, 0.1192, 1.01925, 1.9395, 0.11,
            0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621);

    public FsrsParameters {
        w = List.copyOf(w);
        if (w.size() != 19) {
            throw new IllegalArgumentException("w must have 19 FSRS-5 weights, had " + w.size());
        }
        if (requestRetention <= 0 || requestRetention > 1) {
            throw new IllegalArgumentException("requestRetention must be in (0, 1], was " + requestRetention);
        }
        if (maximumInterval < 1) {
            throw new IllegalArgumentException("maximumInterval must be >= 1, was " + maximumInterval);
        }
    }

    public static FsrsParameters defaults() {
        return new FsrsParameters(DEFAULT_W, 0.9, 36500);
    }

    double w(int i) {
        return w.get(i);
    }
}
