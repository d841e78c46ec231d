package com.studybot.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code index}: brings the index of the notes folder up to date and reports what changed. */
@Command(name = "index", mixinStandardHelpOptions = true, description = "Update the search index of the notes.")
final class IndexCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        var config = Engine.config(common, Map.of());
        try (var wiring = Engine.start(config, false)) {
            var out = Terminal.out();
            out.printf(
                    "Index of %s: %d chunks (version %d)%n",
                    config.content().dir(),
                    wiring.index().chunkCount(),
                    wiring.index().version());
            out.flush();
        }
        return 0;
    }
}
