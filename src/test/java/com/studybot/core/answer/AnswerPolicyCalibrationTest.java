package com.studybot.core.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnswerPolicyCalibrationTest {
    /** Confidence is the sigmoid of the first feature alone (coverage), so a sample's confidences are known. */
    private static AnswerPolicy policy() {
        var weights = new ArrayList<>(Collections.nCopies(DecisionFeatures.NAMES.size(), 0.0));
        weights.set(0, 1.0);
        return new AnswerPolicy(DecisionFeatures.NAMES, 0, weights, 0.5, 0.2)
                .withCalibration(Optional.of(new AnswerPolicy.Calibration(0.0, 1.0, 0.5)));
    }

    /** Rows whose confidence under {@link #policy()} is exactly each of {@code confidences}. */
    private static List<double[]> rows(double... confidences) {
        var out = new ArrayList<double[]>();
        for (double c : confidences) {
            double[] f = new double[DecisionFeatures.NAMES.size()];
            f[0] = Math.log(c / (1 - c));
            out.add(f);
        }
        return out;
    }

    @Test
    void theThresholdLiesTheChosenShareOfTheWayFromTheOffTopicQuestionsToTheNotesOwn() {
        var sample = new CorpusSample(
                rows(0.70, 0.75, 0.8, 0.85, 0.9, 0.92, 0.95, 0.97), rows(0.1, 0.12, 0.15, 0.2, 0.25, 0.28, 0.29, 0.30));
        // weakest of the notes' questions 0.70 (quantile 0), strongest off-topic one 0.30 (quantile 1), half way
        AnswerPolicy calibrated = policy().calibrated(sample);
        assertThat(calibrated.answerAt()).isCloseTo(0.50, within(1e-9));
        assertThat(calibrated.closestAt()).isEqualTo(0.2);
        // a corpus whose questions all score lower gets a lower threshold
        var lower = new CorpusSample(
                rows(0.40, 0.45, 0.5, 0.55, 0.6, 0.62, 0.65, 0.67), rows(0.05, 0.06, 0.07, 0.08, 0.09, 0.1, 0.1, 0.1));
        assertThat(policy().calibrated(lower).answerAt()).isCloseTo(0.25, within(1e-9));
    }

    @Test
    void aRuleAveragedWithItsRunnersUpSetsTheMeanOfTheirThresholds() {
        var sample = new CorpusSample(
                rows(0.70, 0.75, 0.8, 0.85, 0.9, 0.92, 0.95, 0.97), rows(0.1, 0.12, 0.15, 0.2, 0.25, 0.28, 0.29, 0.30));
        // half way (0.50), a quarter of the way (0.40) and three quarters (0.60) from 0.30 to 0.70
        var averaged = new AnswerPolicy.Calibration(0.0, 1.0, 0.5)
                .averagedWith(List.of(
                        new AnswerPolicy.Calibration(0.0, 1.0, 0.25), new AnswerPolicy.Calibration(0.0, 1.0, 0.75)));
        assertThat(policy().withCalibration(Optional.of(averaged))
                        .calibrated(sample)
                        .answerAt())
                .isCloseTo(0.50, within(1e-9));
        var skewed = new AnswerPolicy.Calibration(0.0, 1.0, 0.5)
                .averagedWith(List.of(new AnswerPolicy.Calibration(0.0, 1.0, 1.0)));
        assertThat(policy().withCalibration(Optional.of(skewed))
                        .calibrated(sample)
                        .answerAt())
                .isCloseTo(0.60, within(1e-9));
    }

    @Test
    void theClosestPassageThresholdNeverLiesAboveTheAnswerThreshold() {
        var low = new CorpusSample(
                rows(0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2), rows(0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1));
        AnswerPolicy calibrated = policy().calibrated(low);
        assertThat(calibrated.answerAt()).isCloseTo(0.15, within(1e-9));
        assertThat(calibrated.closestAt()).isEqualTo(calibrated.answerAt());
    }

    @Test
    void aThresholdStaysWithinBoundsWhateverTheSample() {
        var inverted = new CorpusSample(
                rows(0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01),
                rows(0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02));
        assertThat(policy().calibrated(inverted).answerAt()).isEqualTo(AnswerPolicy.LOWEST);
    }

    @Test
    void tooSmallASampleOrNoCalibrationLeavesThePolicyAsItIs() {
        var small = new CorpusSample(rows(0.9, 0.9, 0.9), rows(0.1, 0.1, 0.1));
        assertThat(policy().calibrated(small)).isEqualTo(policy());
        var sample = new CorpusSample(
                rows(0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9), rows(0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1));
        AnswerPolicy plain = policy().withCalibration(Optional.empty());
        assertThat(plain.calibrated(sample)).isEqualTo(plain);
        assertThat(policy().calibrated(sample).answerAt()).isCloseTo(0.5, within(1e-9));
    }
}
