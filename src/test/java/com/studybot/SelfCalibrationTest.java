package com.studybot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.studybot.adapter.index.HashingEmbedderAccess;
import com.studybot.config.AnswerPolicyFile;
import com.studybot.config.ConfigLoader;
import com.studybot.config.StudybotConfig;
import com.studybot.core.common.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The answer threshold is set from the notes' own questions after an index update, and kept beside the index. */
final class SelfCalibrationTest {
    @TempDir
    Path notes;

    @TempDir
    Path data;

    private StudybotConfig config(Map<String, String> extra) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path to = notes.resolve(Path.of("content").relativize(f).toString());
                Files.createDirectories(to.getParent());
                if (!Files.exists(to)) {
                    Files.copy(f, to);
                }
            }
        }
        var overrides = new HashMap<>(Map.of("content.dir", notes.toString(), "data.dir", data.toString()));
        overrides.putAll(extra);
        return new ConfigLoader(Map.of(), Path.of("").toAbsolutePath()).load(Optional.empty(), overrides);
    }

    private JsonNode stored(Engine engine) throws IOException {
        Path file = Engine.indexDir(data, notes).resolve(SelfCalibration.FILE);
        return new ObjectMapper().readTree(file.toFile());
    }

    @Test
    void theThresholdFollowsTheNotesOwnQuestionsAndIsKeptForTheNextStart() throws IOException {
        var config = config(Map.of());
        var shipped = AnswerPolicyFile.shipped(0);
        double calibrated;
        try (var engine = Engine.open(config, HashingEmbedderAccess.models(), Time.system(), true)) {
            engine.sync(Progress.NONE);
            var sample = engine.calibration().sample();
            assertThat(sample.usable())
                    .as("our notes give enough quiz items to ask back")
                    .isTrue();
            assertThat(sample.negatives()).hasSize(SelfCalibration.offTopic().size());
            calibrated = shipped.calibrated(sample).answerAt();
            assertThat(engine.calibration().policy().answerAt()).isEqualTo(calibrated);
            assertThat(calibrated).as("set from these notes").isNotEqualTo(shipped.answerAt());
            assertThat(stored(engine).get("positives").size())
                    .isEqualTo(sample.positives().size());
        }
        // WHEN the engine starts again over the same index, before any update
        try (var engine = Engine.open(config, HashingEmbedderAccess.models(), Time.system(), true)) {
            // THEN the kept sample sets the threshold at once
            assertThat(engine.calibration().policy().answerAt()).isEqualTo(calibrated);
        }
    }

    @Test
    void savingOneNoteKeepsTheSampleButANewVersionIsRecorded() throws IOException {
        var config = config(Map.of());
        try (var engine = Engine.open(config, HashingEmbedderAccess.models(), Time.system(), true)) {
            engine.sync(Progress.NONE);
            JsonNode before = stored(engine);
            Files.writeString(notes.resolve("extra.md"), "# Extra\n\nA sidecar is a helper container in a pod.\n");
            engine.sync(Progress.NONE);
            JsonNode after = stored(engine);
            assertThat(after.get("version").asLong())
                    .isGreaterThan(before.get("version").asLong());
            assertThat(after.get("chunks")).as("measured when first asked").isEqualTo(before.get("chunks"));
            assertThat(after.get("positives")).isEqualTo(before.get("positives"));
        }
    }

    @Test
    void aThresholdTheUserSetIsNotCalibratedAway() throws IOException {
        var config = config(Map.of("answer.minConfidence", "0.6"));
        try (var engine = Engine.open(config, HashingEmbedderAccess.models(), Time.system(), true)) {
            engine.sync(Progress.NONE);
            assertThat(engine.calibration().policy().answerAt()).isEqualTo(0.6);
            assertThat(Engine.indexDir(data, notes).resolve(SelfCalibration.FILE))
                    .doesNotExist();
        }
    }

    @Test
    void aLargeFolderIsSampledAcrossItsWholeLength() {
        var all = java.util.stream.IntStream.range(0, 10).boxed().toList();
        assertThat(SelfCalibration.spread(all, 3)).containsExactly(0, 3, 6);
        assertThat(SelfCalibration.spread(all, 20)).isEqualTo(all);
    }

    @Test
    void aDamagedOrStaleKeptSampleIsMeasuredAgain() throws IOException {
        var config = config(Map.of());
        Path file = Engine.indexDir(data, notes).resolve(SelfCalibration.FILE);
        try (var engine = Engine.open(config, HashingEmbedderAccess.models(), Time.system(), true)) {
            engine.sync(Progress.NONE);
        }
        String kept = Files.readString(file);
        for (String damaged : List.of("{not json", kept.replace("\"coverage\"", "\"a feature of another version\""))) {
            Files.writeString(file, damaged);
            try (var engine = Engine.open(config, HashingEmbedderAccess.models(), Time.system(), true)) {
                assertThat(engine.calibration().policy())
                        .as("nothing usable kept")
                        .isEqualTo(AnswerPolicyFile.shipped(0));
                engine.sync(Progress.NONE);
                assertThat(engine.calibration().sample().usable()).isTrue();
            }
            assertThat(new ObjectMapper()
                            .readTree(file.toFile())
                            .get("features")
                            .get(0)
                            .asText())
                    .isEqualTo("coverage");
        }
    }
}
