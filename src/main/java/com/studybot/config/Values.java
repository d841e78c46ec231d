package com.studybot.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads typed values from the merged tree by key path, collecting a problem for each bad one. */
final class Values {
    private final JsonNode root;
    private final Path workingDir;
    private final List<String> problems;

    Values(JsonNode root, Path workingDir, List<String> problems) {
        this.root = root;
        this.workingDir = workingDir;
        this.problems = problems;
    }

    private String text(String path) {
        JsonNode n = ConfigTree.get(root, path);
        return n == null || n.isNull() ? "" : n.asText().strip();
    }

    /** A string, "" when empty. */
    String string(String path) {
        return text(path);
    }

    /** A URL: empty, or starting with one of {@code schemes} ("http://", "ws://"…). */
    String url(String path, String... schemes) {
        String t = text(path);
        if (!t.isEmpty() && java.util.Arrays.stream(schemes).noneMatch(t::startsWith)) {
            problems.add(path + ": must start with " + String.join(" or ", schemes) + ", was \"" + t + "\"");
        }
        return t;
    }

    long integer(String path, long min, long max) {
        String t = text(path);
        try {
            long v = Long.parseLong(t);
            if (v < min || v > max) {
                problems.add("%s: must be between %d and %d, was %d".formatted(path, min, max, v));
            }
            return v;
        } catch (NumberFormatException e) {
            problems.add(path + ": must be a whole number, was \"" + t + "\"");
            return min;
        }
    }

    double decimal(String path, double min, double max) {
        String t = text(path);
        try {
            double v = Double.parseDouble(t);
            if (!(v >= min && v <= max)) {
                problems.add(String.format(Locale.ROOT, "%s: must be between %s and %s, was %s", path, min, max, t));
            }
            return v;
        } catch (NumberFormatException e) {
            problems.add(path + ": must be a number, was \"" + t + "\"");
            return min;
        }
    }

    boolean bool(String path) {
        String t = text(path).toLowerCase(Locale.ROOT);
        if (!t.equals("true") && !t.equals("false")) {
            problems.add(path + ": must be true or false, was \"" + t + "\"");
        }
        return t.equals("true");
    }

    Path path(String path) {
        String t = text(path);
        if (t.isEmpty()) {
            problems.add(path + ": must be a path, was empty");
            return workingDir;
        }
        return workingDir.resolve(t).normalize();
    }

    Duration duration(String path) {
        String t = text(path);
        try {
            Duration d = Duration.parse(t);
            if (d.isNegative() || d.isZero()) {
                problems.add(path + ": must be a positive duration, was " + t);
            }
            return d;
        } catch (DateTimeParseException e) {
            problems.add(path + ": must be an ISO-8601 duration such as PT1H or PT30M, was \"" + t + "\"");
            return Duration.ofHours(1);
        }
    }

    /** A positive duration, or empty when the value is empty (a feature left off). */
    Optional<Duration> optionalDuration(String path) {
        return text(path).isEmpty() ? Optional.empty() : Optional.of(duration(path));
    }
}
