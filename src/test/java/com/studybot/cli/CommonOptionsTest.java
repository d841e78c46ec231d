package com.studybot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Where the shared flags stand on the command line does not matter. */
final class CommonOptionsTest {
    private static CommonOptions askOptions(String... args) {
        var parsed = new CommandLine(new StudybotCommand()).parseArgs(args);
        return ((AskCommand) parsed.subcommand().commandSpec().userObject()).common;
    }

    @Test
    void flagsBeforeTheSubcommandCountAsIfAfterIt() {
        var before = askOptions("--config", "a.yml", "--data", "d", "ask", "What is ECS?");
        assertThat(before.configFile()).contains(Path.of("a.yml"));
        assertThat(before.overrides()).isEqualTo(Map.of("data.dir", "d"));
        var after = askOptions("ask", "--config", "a.yml", "--data", "d", "What is ECS?");
        assertThat(after.configFile()).contains(Path.of("a.yml"));
        assertThat(after.overrides()).isEqualTo(Map.of("data.dir", "d"));
    }

    @Test
    void theSubcommandsOwnFlagWinsAndNoFlagMeansDefaults() {
        assertThat(askOptions("--content", "top", "ask", "--content", "own", "q")
                        .overrides())
                .isEqualTo(Map.of("content.dir", "own"));
        var none = askOptions("ask", "q");
        assertThat(none.configFile()).isEmpty();
        assertThat(none.overrides()).isEmpty();
    }
}
