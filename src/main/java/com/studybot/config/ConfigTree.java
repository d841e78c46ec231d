package com.studybot.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.studybot.core.common.EditDistance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Key-path operations on YAML trees: leaf listing, unknown-key detection with suggestions, merging. */
final class ConfigTree {
    private ConfigTree() {}

    /** All leaf key paths of {@code node}, e.g. {@code retrieval.topK}. */
    static List<String> leaves(JsonNode node) {
        var out = new ArrayList<String>();
        collect(node, "", out);
        return out;
    }

    private static void collect(JsonNode node, String prefix, List<String> out) {
        if (!node.isObject()) {
            out.add(prefix);
            return;
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            collect(e.getValue(), prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), out);
        }
    }

    /** Problems for every key in {@code given} that {@code known} lacks. */
    static void unknownKeys(JsonNode known, JsonNode given, String prefix, List<String> problems) {
        if (given == null || !given.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> e : given.properties()) {
            String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            JsonNode k = known.get(e.getKey());
            if (k == null) {
                problems.add(unknownKey(path, prefixed(known, prefix)));
            } else if (k.isObject()) {
                if (!e.getValue().isObject()) {
                    problems.add(path + ": must be a section with keys " + String.join(", ", leaves(k)));
                } else {
                    unknownKeys(k, e.getValue(), path, problems);
                }
            }
        }
    }

    private static List<String> prefixed(JsonNode node, String prefix) {
        return leaves(node).stream()
                .map(l -> prefix.isEmpty() ? l : prefix + "." + l)
                .toList();
    }

    static String unknownKey(String path, List<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = EditDistance.between(path.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        String hint =
                best != null && bestDistance <= Math.max(2, path.length() / 4) ? " (did you mean " + best + "?)" : "";
        return "unknown key " + path + hint;
    }

    /** Copies {@code overlay} onto {@code base}, section by section. */
    static void merge(ObjectNode base, JsonNode overlay) {
        for (Map.Entry<String, JsonNode> e : overlay.properties()) {
            JsonNode existing = base.get(e.getKey());
            if (existing != null && existing.isObject() && e.getValue().isObject()) {
                merge((ObjectNode) existing, e.getValue());
            } else {
                base.set(e.getKey(), e.getValue());
            }
        }
    }

    static JsonNode get(JsonNode root, String path) {
        JsonNode n = root;
        for (String part : path.split("\\.")) {
            n = n == null ? null : n.get(part);
        }
        return n;
    }

    static void set(ObjectNode root, String path, String value) {
        String[] parts = path.split("\\.");
        ObjectNode n = root;
        for (int i = 0; i < parts.length - 1; i++) {
            n = (ObjectNode) n.get(parts[i]);
        }
        n.set(parts[parts.length - 1], TextNode.valueOf(value));
    }

    /** {@code retrieval.topK} → {@code STUDYBOT_RETRIEVAL_TOP_K}. */
    static String envName(String path) {
        return "STUDYBOT_"
                + path.replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                        .replace('.', '_')
                        .toUpperCase(Locale.ROOT);
    }
}
