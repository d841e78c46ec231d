package com.studybot;

import com.studybot.adapter.llm.OnnxRuntimeFiles;
import com.studybot.cli.StudybotCommand;
import com.studybot.config.ConfigException;
import com.studybot.core.common.OperatorError;
import com.studybot.core.common.ReferenceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Entry point: parses the command line and runs the chosen front end; one catch-all at the edge. */
public final class App {
    private static final Logger LOG = LoggerFactory.getLogger(App.class);

    private App() {}

    public static void main(String[] args) {
        OnnxRuntimeFiles.djlOffline(); // before any command loads a tokenizer, ours or the bench's baseline
        System.exit(run(args));
    }

    static int run(String... args) {
        var cli = new CommandLine(new StudybotCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> fail(e));
        return cli.execute(args);
    }

    private static int fail(Exception e) {
        if (e instanceof ConfigException c) {
            System.err.println("studybot: configuration problems:");
            c.problems().forEach(p -> System.err.println("  - " + p));
            return 2;
        }
        if (e instanceof OperatorError) { // a bad setting, an unreachable database or Git remote, a refused token
            System.err.println("studybot: " + e.getMessage());
            return 2;
        }
        var ref = ReferenceId.random();
        LOG.error("Unexpected failure (ref {})", ref, e);
        System.err.println("studybot: something went wrong (ref " + ref + "); the log above has the details.");
        return 1;
    }
}
