package com.studybot.adapter.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A strict reader of the Prometheus text format 0.0.4, for tests: {@code # HELP} and {@code # TYPE} lines, then
 * samples {@code name{label="value",...} value [timestamp]}. Anything else (a sample before its family's TYPE, a
 * bad label, a value that is no number) fails, so a test over it checks the format as well as the figures.
 */
public final class PrometheusText {
    /** One sample line. */
    public record Sample(String name, Map<String, String> labels, double value) {}

    /** A metric family: its TYPE and HELP and the samples under them. */
    public record Family(String name, String type, String help, List<Sample> samples) {}

    private final Map<String, Family> families;

    private PrometheusText(Map<String, Family> families) {
        this.families = families;
    }

    public static PrometheusText parse(String text) {
        var families = new LinkedHashMap<String, Family>();
        var helps = new LinkedHashMap<String, String>();
        Family current = null;
        int n = 0;
        for (String line : text.split("\n", -1)) {
            n++;
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("# HELP ")) {
                String[] parts = line.substring(7).split(" ", 2);
                helps.put(parts[0], parts.length > 1 ? parts[1] : "");
            } else if (line.startsWith("# TYPE ")) {
                String[] parts = line.substring(7).split(" ");
                check(parts.length == 2, n, line, "TYPE needs a name and a type");
                check(
                        List.of("counter", "gauge", "summary", "histogram", "untyped")
                                .contains(parts[1]),
                        n,
                        line,
                        "unknown type");
                check(!families.containsKey(parts[0]), n, line, "family declared twice");
                current = new Family(parts[0], parts[1], helps.getOrDefault(parts[0], ""), new ArrayList<>());
                families.put(parts[0], current);
            } else if (line.startsWith("#")) {
                continue; // a comment
            } else {
                check(current != null, n, line, "sample before any TYPE");
                Sample s = sample(line, n);
                check(belongs(s.name(), current), n, line, "sample outside its family " + current.name());
                current.samples().add(s);
            }
        }
        return new PrometheusText(families);
    }

    private static boolean belongs(String sample, Family f) {
        if (sample.equals(f.name())) {
            return true;
        }
        List<String> suffixes = switch (f.type()) {
            case "counter" -> List.of("_total", "_created");
            case "summary" -> List.of("_count", "_sum", "_created");
            case "histogram" -> List.of("_bucket", "_count", "_sum", "_created");
            default -> List.of();
        };
        return suffixes.stream().anyMatch(x -> sample.equals(f.name() + x));
    }

    private static Sample sample(String line, int n) {
        int i = 0;
        while (i < line.length() && (Character.isLetterOrDigit(line.charAt(i)) || "_:".indexOf(line.charAt(i)) >= 0)) {
            i++;
        }
        String name = line.substring(0, i);
        check(name.matches("[a-zA-Z_:][a-zA-Z0-9_:]*"), n, line, "bad metric name");
        var labels = new LinkedHashMap<String, String>();
        if (i < line.length() && line.charAt(i) == '{') {
            i++;
            while (line.charAt(i) != '}') {
                int eq = line.indexOf("=\"", i);
                check(eq > i, n, line, "label without =\"");
                String label = line.substring(i, eq);
                check(label.matches("[a-zA-Z_][a-zA-Z0-9_]*"), n, line, "bad label name " + label);
                var value = new StringBuilder();
                int j = eq + 2;
                for (; line.charAt(j) != '"'; j++) {
                    char c = line.charAt(j);
                    if (c == '\\') {
                        char e = line.charAt(++j);
                        check("\\\"n".indexOf(e) >= 0, n, line, "bad escape");
                        value.append(e == 'n' ? '\n' : e);
                    } else {
                        value.append(c);
                    }
                }
                check(labels.put(label, value.toString()) == null, n, line, "label twice");
                i = j + 1;
                if (line.charAt(i) == ',') {
                    i++;
                }
            }
            i++;
        }
        check(i < line.length() && line.charAt(i) == ' ', n, line, "no space before the value");
        String[] rest = line.substring(i + 1).split(" ");
        check(rest.length == 1 || rest.length == 2, n, line, "value and at most a timestamp");
        return new Sample(name, labels, number(rest[0], n, line));
    }

    private static double number(String text, int n, String line) {
        return switch (text) {
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> {
                try {
                    yield Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("line " + n + ": value is no number: " + line, e);
                }
            }
        };
    }

    private static void check(boolean ok, int n, String line, String problem) {
        if (!ok) {
            throw new IllegalArgumentException("line " + n + ": " + problem + ": " + line);
        }
    }

    public Optional<Family> family(String name) {
        return Optional.ofNullable(families.get(name));
    }

    /** The value of the one sample {@code name} with exactly these labels, if there is one. */
    public Optional<Double> value(String name, Map<String, String> labels) {
        return families.values().stream()
                .flatMap(f -> f.samples().stream())
                .filter(s -> s.name().equals(name) && s.labels().equals(labels))
                .map(Sample::value)
                .findFirst();
    }

    public Map<String, Family> families() {
        return Map.copyOf(families);
    }
}
