package com.studybot.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the configuration: defaults from the jar, then the config file, then {@code STUDYBOT_*}
 * environment variables, then command-line overrides. Every problem is collected and reported at once.
 */
public final class ConfigLoader {
    private static final Logger LOG = LoggerFactory.getLogger(ConfigLoader.class);
    static final Path DEFAULT_FILE = Path.of("config", "studybot.yml");

    private final Map<String, String> env;
    private final Path workingDir;
    private final YAMLMapper yaml = new YAMLMapper();

    public ConfigLoader(Map<String, String> env, Path workingDir) {
        this.env = Map.copyOf(env);
        this.workingDir = workingDir.toAbsolutePath();
    }

    public StudybotConfig load(Optional<Path> explicitFile, Map<String, String> overrides) {
        var problems = new ArrayList<String>();
        ObjectNode defaults = defaults();
        ObjectNode merged = defaults.deepCopy();
        fileTree(explicitFile, problems).ifPresent(tree -> {
            ConfigTree.unknownKeys(defaults, tree, "", problems);
            if (tree.isObject()) {
                ConfigTree.merge(merged, tree);
            }
        });
        List<String> leaves = ConfigTree.leaves(defaults);
        applyEnvironment(merged, leaves);
        overrides.forEach((key, value) -> {
            if (leaves.contains(key)) {
                ConfigTree.set(merged, key, value);
            } else {
                problems.add(ConfigTree.unknownKey(key, leaves));
            }
        });
        StudybotConfig config = Binder.bind(new Values(merged, workingDir, problems), problems);
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return config;
    }

    private void applyEnvironment(ObjectNode merged, List<String> leaves) {
        for (String leaf : leaves) {
            String value = env.get(ConfigTree.envName(leaf));
            if (value != null) {
                ConfigTree.set(merged, leaf, value);
            }
        }
        env.keySet().stream()
                .filter(k -> k.startsWith("STUDYBOT_"))
                .filter(k ->
                        leaves.stream().noneMatch(l -> ConfigTree.envName(l).equals(k)))
                .forEach(k -> LOG.debug("Ignoring environment variable {}: it is not a setting", k));
    }

    private Optional<JsonNode> fileTree(Optional<Path> explicit, List<String> problems) {
        Path file = explicit.map(workingDir::resolve).orElse(workingDir.resolve(DEFAULT_FILE));
        if (!Files.isRegularFile(file)) {
            explicit.ifPresent(p -> problems.add("config file " + file + " does not exist"));
            return Optional.empty();
        }
        try {
            JsonNode tree = yaml.readTree(file.toFile());
            if (tree == null || tree.isMissingNode() || tree.isNull()) {
                return Optional.empty();
            }
            if (!tree.isObject()) {
                problems.add("config file " + file + ": must hold sections such as retrieval: and content:");
                return Optional.empty();
            }
            return Optional.of(tree);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            problems.add("config file " + file + ": YAML error at line " + (loc == null ? "?" : loc.getLineNr()) + ": "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            problems.add("config file " + file + " cannot be read: " + e.getMessage());
        }
        return Optional.empty();
    }

    private ObjectNode defaults() {
        try (InputStream in = ConfigLoader.class.getResourceAsStream("/studybot-defaults.yml")) {
            if (in == null) {
                throw new IllegalStateException("studybot-defaults.yml is missing from the jar");
            }
            return (ObjectNode) yaml.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
