package com.studybot.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.studybot.core.answer.AnswerPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answer decision's learnt weights and thresholds, shipped in the jar as {@code answer-policy.json} with
 * their provenance (written by {@code eval --fit}: which dev set, how many questions, the held-out figures).
 */
public final class AnswerPolicyFile {
    public static final String RESOURCE = "/answer-policy.json";

    /** The file's shape: the policy plus where it came from. */
    public record Shape(
            List<String> features,
            double intercept,
            List<Double> weights,
            double answerAt,
            double closestAt,
            @JsonInclude(JsonInclude.Include.NON_NULL) AnswerPolicy.Calibration calibration,
            Map<String, Object> provenance) {
        public AnswerPolicy policy() {
            return new AnswerPolicy(
                    features, intercept, weights, answerAt, closestAt, Optional.ofNullable(calibration));
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AnswerPolicyFile() {}

    /**
     * The shipped policy, with {@code minConfidence} (when above 0) replacing its answer threshold: a threshold
     * the user chose is not calibrated away.
     */
    public static AnswerPolicy shipped(double minConfidence) {
        try (InputStream in = AnswerPolicyFile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The jar has no " + RESOURCE);
            }
            AnswerPolicy policy = MAPPER.readValue(in, Shape.class).policy();
            return minConfidence > 0
                    ? policy.withThresholds(minConfidence, Math.min(policy.closestAt(), minConfidence))
                            .withCalibration(Optional.empty())
                    : policy;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    public static void write(Shape shape, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            MAPPER.writeValue(file.toFile(), shape);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
