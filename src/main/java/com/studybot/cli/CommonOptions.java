package com.studybot.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options every command shares: where the config, the notes and the data live. */
final class CommonOptions {
    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "Config file (default: config/studybot.yml if present).")
    Path config;

    @Option(names = "--content", paramLabel = "DIR", description = "Notes folder (default: content/).")
    Path content;

    @Option(names = "--data", paramLabel = "DIR", description = "Data folder for indexes (default: data/).")
    Path data;

    Optional<Path> configFile() {
        return Optional.ofNullable(config);
    }

    /** Command-line flags as config overrides by key path (the highest precedence). */
    Map<String, String> overrides() {
        var m = new LinkedHashMap<String, String>();
        if (content != null) {
            m.put("content.dir", content.toString());
        }
        if (data != null) {
            m.put("data.dir", data.toString());
        }
        return m;
    }
}
