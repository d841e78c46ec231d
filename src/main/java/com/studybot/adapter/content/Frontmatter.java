package com.studybot.adapter.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** YAML frontmatter ({@code ---} block at the top): title, tags and aliases; a broken block is ignored. */
record Frontmatter(Optional<String> title, List<String> tags, List<String> aliases, String body) {
    private static final Logger LOG = LoggerFactory.getLogger(Frontmatter.class);
    private static final Pattern BLOCK =
            Pattern.compile("\\A---[ \\t]*\\r?\\n(.*?)\\r?\\n(?:---|\\.\\.\\.)[ \\t]*(?:\\r?\\n|\\z)", Pattern.DOTALL);
    private static final YAMLMapper YAML = new YAMLMapper();

    static Frontmatter split(String text, String path) {
        var m = BLOCK.matcher(text);
        if (!m.find()) {
            return new Frontmatter(Optional.empty(), List.of(), List.of(), text);
        }
        String body = text.substring(m.end());
        try {
            JsonNode node = YAML.readTree(m.group(1));
            if (node == null || !node.isObject()) {
                return new Frontmatter(Optional.empty(), List.of(), List.of(), body);
            }
            Optional<String> title = Optional.ofNullable(node.get("title"))
                    .filter(JsonNode::isValueNode)
                    .map(JsonNode::asText)
                    .filter(s -> !s.isBlank());
            return new Frontmatter(title, strings(node.get("tags")), strings(node.get("aliases")), body);
        } catch (IOException e) {
            LOG.warn(
                    "Ignoring unreadable frontmatter in {}: {}",
                    path,
                    e.getMessage().lines().findFirst().orElse(""));
            return new Frontmatter(Optional.empty(), List.of(), List.of(), body);
        }
    }

    private static List<String> strings(JsonNode node) {
        var out = new ArrayList<String>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(n -> addWords(n.asText(), out));
        } else {
            for (String part : node.asText().split("[,\\s]+")) {
                addWords(part, out);
            }
        }
        return out;
    }

    private static void addWords(String s, List<String> out) {
        String t = s.strip().replaceFirst("^#", "");
        if (!t.isEmpty()) {
            out.add(t);
        }
    }
}
