package com.studybot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.answer.AnswerPolicy;
import com.studybot.core.answer.CorpusSample;
import com.studybot.core.answer.DecisionFeatures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

final class PolicyFitTest {
    /** An outcome whose decision features are all {@code coverage}, except kindMissing. */
    private static Outcome outcome(String corpus, int n, boolean answerable, double coverage, String kind) {
        var q = new DevSetQuestion(
                corpus + "-" + n,
                corpus,
                "question " + n,
                answerable ? "a.md" : null,
                answerable ? "A" : null,
                kind,
                "en",
                List.of());
        var f = new ArrayList<Double>(Collections.nCopies(DecisionFeatures.NAMES.size(), coverage));
        f.set(DecisionFeatures.NAMES.indexOf("kindMissing"), 0.0);
        f.set(DecisionFeatures.UNSEEN_NAME, 0.0); // the caps are 0/1 flags, not signals that grow
        return new Outcome(q, answerable ? 1 : 0, AnswerPolicy.Verdict.NOT_IN_NOTES, 0, "-", "", List.of(), f, "");
    }

    /** A corpus where answerable questions have signals around {@code pos}, the others around {@code neg}. */
    private static List<Outcome> corpus(String name, double pos, double neg, Random random) {
        var all = new ArrayList<Outcome>();
        for (int i = 0; i < 40; i++) {
            all.add(outcome(name, i, true, pos + 0.1 * random.nextGaussian(), "paraphrase"));
            all.add(outcome(
                    name, 100 + i, false, neg + 0.1 * random.nextGaussian(), i % 2 == 0 ? "offtopic" : "nearmiss"));
        }
        return all;
    }

    @Test
    void aSeparatingSignalIsLearntAndTheThresholdFallsBetweenTheClasses() {
        var random = new Random(7);
        var training = new ArrayList<Outcome>();
        training.addAll(corpus("a", 0.8, 0.2, random));
        training.addAll(corpus("b", 0.7, 0.3, random));
        AnswerPolicy policy = PolicyFit.fit(training);
        var report = new EvalReport(training.stream().map(o -> o.under(policy)).toList());
        assertThat(report.answeredRate()).isGreaterThan(0.9);
        assertThat(report.refusalRate()).isGreaterThan(0.9);
        assertThat(policy.closestAt()).isLessThanOrEqualTo(policy.answerAt());
        assertThat(policy.weights().get(0)).isPositive();
    }

    @Test
    void theHeldOutColumnScoresEachCorpusWithAPolicyFittedWithoutIt() {
        // GIVEN two corpora alike and a third whose signals sit lower (another kind of notes)
        var random = new Random(11);
        var all = new ArrayList<Outcome>();
        all.addAll(corpus("a", 0.8, 0.4, random));
        all.addAll(corpus("b", 0.8, 0.4, random));
        all.addAll(corpus("c", 0.45, 0.1, random));
        // WHEN evaluated leave-one-corpus-out
        var loco = LeaveOneCorpusOut.run(new EvalReport(all));
        // THEN the third corpus held out answers less than when it was fitted on: fitting flatters it
        assertThat(loco.heldOut().get("c").answeredRate())
                .isLessThan(loco.fitted().get("c").answeredRate());
        assertThat(loco.heldOut().keySet()).containsExactly("a", "b", "c");
        assertThat(loco.heldOutAll().outcomes()).hasSize(all.size());
    }

    /** A corpus's own questions: its notes' around {@code pos}, other subjects' around {@code neg}. */
    private static CorpusSample sample(double pos, double neg, Random random) {
        var positives = new ArrayList<double[]>();
        var negatives = new ArrayList<double[]>();
        for (int i = 0; i < 30; i++) {
            positives.add(row(pos + 0.1 * random.nextGaussian()));
            negatives.add(row(neg - 0.1 + 0.1 * random.nextGaussian()));
        }
        return new CorpusSample(positives, negatives);
    }

    private static double[] row(double v) {
        double[] f = new double[DecisionFeatures.NAMES.size()];
        java.util.Arrays.fill(f, v);
        f[DecisionFeatures.KIND_MISSING] = 0;
        f[DecisionFeatures.UNSEEN_NAME] = 0;
        return f;
    }

    @Test
    void aCorpusWhoseSignalsSitElsewhereIsCalibratedFromItsOwnQuestions() throws java.io.IOException {
        // GIVEN three kinds of notes whose signals sit at different heights, and each one's own questions
        var random = new Random(5);
        var all = new ArrayList<Outcome>();
        all.addAll(corpus("a", 0.8, 0.45, random));
        all.addAll(corpus("b", 0.65, 0.3, random));
        all.addAll(corpus("c", 0.45, 0.1, random));
        var samples =
                Map.of("a", sample(0.8, 0.45, random), "b", sample(0.65, 0.3, random), "c", sample(0.45, 0.1, random));
        // WHEN evaluated leave-one-corpus-out with one threshold, and with the samples
        var plain = LeaveOneCorpusOut.run(new EvalReport(all));
        var calibrated = LeaveOneCorpusOut.run(new EvalReport(all, samples));
        // THEN a calibration is learnt, and the corpora at either end do better held out than under one threshold
        assertThat(calibrated.all().calibration()).isPresent();
        // the best rule sets thresholds with its runners-up, and the policy reads back from its file as it was
        assertThat(calibrated.all().calibration().get().alsoAveraged()).hasSize(PolicyFit.AVERAGED - 1);
        var file = java.nio.file.Files.createTempFile("policy", ".json");
        try {
            com.studybot.config.AnswerPolicyFile.write(
                    new com.studybot.config.AnswerPolicyFile.Shape(
                            calibrated.all().features(),
                            calibrated.all().intercept(),
                            calibrated.all().weights(),
                            calibrated.all().answerAt(),
                            calibrated.all().closestAt(),
                            calibrated.all().calibration().get(),
                            Map.of()),
                    file);
            var read = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readValue(file.toFile(), com.studybot.config.AnswerPolicyFile.Shape.class)
                    .policy();
            assertThat(read).isEqualTo(calibrated.all());
        } finally {
            java.nio.file.Files.delete(file);
        }
        assertThat(plain.all().calibration()).isEmpty();
        for (String corpus : List.of("a", "c")) {
            assertThat(calibrated.heldOut().get(corpus).shareOfTarget(0.9, 0.85))
                    .as(corpus)
                    .isGreaterThan(plain.heldOut().get(corpus).shareOfTarget(0.9, 0.85));
        }
        assertThat(calibrated.oneThreshold().get("c").answeredRate())
                .isEqualTo(plain.heldOut().get("c").answeredRate());
    }
}
