package com.studybot.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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

    /** The command these options are mixed into, to find the top command's when a flag came before it. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    Optional<Path> configFile() {
        return Optional.ofNullable(or(config, o -> o.config));
    }

    /** Command-line flags as config overrides by key path (the highest precedence). */
    Map<String, String> overrides() {
        var m = new LinkedHashMap<String, String>();
        Path contentDir = or(content, o -> o.content);
        Path dataDir = or(data, o -> o.data);
        if (contentDir != null) {
            m.put("content.dir", contentDir.toString());
        }
        if (dataDir != null) {
            m.put("data.dir", dataDir.toString());
        }
        return m;
    }

    /**
     * This command's flag, or the one given to the top command ({@code studybot --config f.yml ask …} is
     * {@code studybot ask --config f.yml …}); the subcommand's own wins when both are given.
     */
    private Path or(Path own, Function<CommonOptions, Path> flag) {
        if (own != null || mixee == null) {
            return own;
        }
        return mixee.root().userObject() instanceof StudybotCommand top && top.common != this
                ? flag.apply(top.common)
                : null;
    }
}
