package com.studybot.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.studybot.Models;
import com.studybot.config.AnswerPolicyFile;
import com.studybot.config.ConfigLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The quality bar on the dev set (runs where ../shared is beside the project, as in CI): the held-out column of
 * the leave-one-corpus-out evaluation may not slide, and the shipped answer decision is the one fitted on
 * this very dev set.
 */
final class DevSetTest {
    private static final Path SHARED = Path.of("..", "shared");
    private static final Path DEVSET = Path.of("src/test/resources/devset/devset.jsonl");

    @Test
    void theDevSetCoversEveryCorpusWithParaphrasesAndNearMisses() {
        List<DevSetQuestion> questions = DevSet.load(DEVSET);
        assertThat(questions).hasSizeGreaterThanOrEqualTo(400);
        assertThat(questions)
                .extracting(DevSetQuestion::corpus)
                .containsAll(Corpora.roots(SHARED, Path.of("content")).keySet());
        long paraphrases =
                questions.stream().filter(q -> q.kind().equals("paraphrase")).count();
        long shortOrMisspelt = questions.stream()
                .filter(q -> q.kind().equals("short") || q.kind().equals("misspelt"))
                .count();
        long unanswerable = questions.stream().filter(q -> !q.answerable()).count();
        long nearMisses =
                questions.stream().filter(q -> q.kind().equals("nearmiss")).count();
        assertThat(paraphrases).isGreaterThanOrEqualTo(Math.round(0.4 * questions.size()));
        assertThat(shortOrMisspelt).isGreaterThanOrEqualTo(Math.round(0.1 * questions.size()));
        assertThat(unanswerable).isGreaterThanOrEqualTo(120);
        assertThat(nearMisses).isGreaterThanOrEqualTo(unanswerable / 2);
        assertThat(questions)
                .filteredOn(q -> q.corpus().equals("zh") && q.lang().equals("en"))
                .isNotEmpty();
        assertThat(questions)
                .filteredOn(q -> !q.corpus().equals("zh") && q.lang().equals("zh"))
                .isNotEmpty();
    }

    @Test
    void theShippedAnswerDecisionWasFittedOnThisDevSet() throws Exception {
        // eval --fit writes the dev set's hash into the policy: a changed dev set needs a new fit
        try (var in = AnswerPolicyFile.class.getResourceAsStream(AnswerPolicyFile.RESOURCE)) {
            var shape = new ObjectMapper().readValue(in, AnswerPolicyFile.Shape.class);
            String sha = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(DEVSET)));
            assertThat(shape.provenance()).containsEntry("devsetSha256", sha);
        }
    }

    @Test
    void heldOutRecallAnsweredAndRefusalRatesMeetTheBar() {
        assumeTrue(Files.isDirectory(SHARED.resolve("testdata")), "../shared is not beside the project");
        // GIVEN the dev set and its corpora, indexed under target/ (embeddings reused between runs)
        var loader = new ConfigLoader(Map.of(), Path.of("").toAbsolutePath());
        String data = "target/devset-data";
        var base = loader.load(Optional.empty(), Map.of("data.dir", data));
        var runner = new DevSetRunner(
                root -> loader.load(Optional.empty(), Map.of("content.dir", root.toString(), "data.dir", data)),
                Models.load(base));
        // WHEN every question is asked and the decision is fitted leave-one-corpus-out
        EvalReport report = runner.run(DevSet.load(DEVSET), Corpora.roots(SHARED, Path.of("content")), 5);
        var loco = LeaveOneCorpusOut.run(report);
        loco.table().forEach(System.out::println);
        // THEN every corpus was asked, and the held-out figures hold where they stand (issue 13 raises them)
        assertThat(loco.heldOut())
                .hasSize(Corpora.roots(SHARED, Path.of("content")).size());
        EvalReport heldOut = loco.heldOutAll();
        assertThat(heldOut.recallAt(5)).as("recall@5").isGreaterThanOrEqualTo(0.92);
        assertThat(heldOut.recallAt(1)).as("recall@1").isGreaterThanOrEqualTo(0.80);
        assertThat(heldOut.answeredRate()).as("held-out answered").isGreaterThanOrEqualTo(0.86);
        assertThat(heldOut.refusalRate()).as("held-out refusal").isGreaterThanOrEqualTo(0.78);
        // and calibrating each corpus from its own questions beats one threshold for all, held out (else drop it)
        assertThat(meanShareOfTarget(loco.heldOut()))
                .as("held-out, calibrated")
                .isGreaterThan(meanShareOfTarget(loco.oneThreshold()));
        // and the shipped decision is the one eval --fit makes of this dev set with this engine (not a stale fit)
        var shipped = AnswerPolicyFile.shipped(0);
        var fitted = loco.all();
        assertThat(shipped.answerAt()).as("answerAt").isCloseTo(fitted.answerAt(), within(0.02));
        // the rule may come out another of near-equal ones when the notes' quiz items change; the thresholds it sets
        // for each corpus must not
        assertThat(shipped.calibration()).as("calibration; run eval --fit").isPresent();
        for (String corpus : loco.heldOut().keySet()) {
            assertThat(shipped.calibrated(report.sample(corpus)).answerAt())
                    .as("threshold for " + corpus + "; run eval --fit")
                    .isCloseTo(fitted.calibrated(report.sample(corpus)).answerAt(), within(0.03));
        }
        for (int i = 0; i < fitted.weights().size(); i++) {
            assertThat(shipped.weights().get(i))
                    .as("weight of " + fitted.features().get(i) + "; run eval --fit")
                    .isCloseTo(fitted.weights().get(i), within(0.05));
        }
        // and every answer is the one the snapshot holds (speed work may change no answer; see AnswerSnapshot)
        AnswerSnapshot.check(report.outcomes());
        // and the shipped decision, used by the engine itself, does as well as the fitted column says
        assertThat(report.answeredRate()).as("answered, shipped decision").isGreaterThanOrEqualTo(0.80);
        assertThat(report.refusalRate()).as("refusal, shipped decision").isGreaterThanOrEqualTo(0.79);
    }

    /** Per corpus, the smaller of answered / 0.90 and refusal / 0.85 (issue 13's targets), averaged. */
    private static double meanShareOfTarget(Map<String, EvalReport> byCorpus) {
        return byCorpus.values().stream()
                .mapToDouble(r -> r.shareOfTarget(0.90, 0.85))
                .average()
                .orElseThrow();
    }
}
