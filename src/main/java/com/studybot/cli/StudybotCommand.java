package com.studybot.cli;

import com.studybot.config.Secrets;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The top command: without a subcommand it runs the main job. */
@Command(
        name = "studybot",
        mixinStandardHelpOptions = true,
        version = "studybot 0.1",
        description = "A study assistant over your own notes.",
        subcommands = {
            ChatCommand.class,
            AskCommand.class,
            IndexCommand.class,
            EvalCommand.class,
            BenchCommand.class,
            AuditCommand.class,
            BotCommand.class
        })
public final class StudybotCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(StudybotCommand.class);

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        if (Secrets.fromEnvironment(System.getenv()).discordToken().isPresent()) {
            LOG.info("DISCORD_TOKEN is set: starting the Discord bot (the console chat runs without it)");
            var bot = new BotCommand();
            bot.common = common;
            return bot.call();
        }
        var chat = new ChatCommand();
        chat.common = common;
        return chat.call();
    }
}
