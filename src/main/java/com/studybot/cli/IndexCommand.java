package com.studybot.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code index}: brings the index of the notes folder up to date and reports what changed. */
@Command(name = "index", mixinStandardHelpOptions = true, description = "Update the search index of the notes.")
final class IndexCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--list", description = "Also list every passage: file › heading and its first words.")
    boolean list;

    @Override
    public Integer call() {
        var config = Startup.config(common, Map.of());
        try (var engine = Startup.engine(config, false)) {
            if (engine.index().readOnly()) {
                throw new UserError("Another studybot process (a chat, the bot, an index) holds the index of "
                        + config.content().dir() + " in " + config.data().dir()
                        + ", so it cannot be updated now: it updates it itself; stop it first, or use another --data.");
            }
            var out = Terminal.out();
            out.printf(
                    "Index of %s: %d chunks (version %d)%n",
                    config.content().dir(),
                    engine.index().chunkCount(),
                    engine.index().version());
            if (list) {
                for (var chunk : engine.index().chunks()) {
                    String text = chunk.text().replaceAll("\\s+", " ").strip();
                    out.printf(
                            "%s%n    %s%n",
                            chunk.citationLabel(), text.length() > 100 ? text.substring(0, 100) + "…" : text);
                }
            }
            out.flush();
        }
        return 0;
    }
}
