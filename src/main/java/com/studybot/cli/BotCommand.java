package com.studybot.cli;

import com.studybot.Wiring;
import com.studybot.adapter.discord.DiscordBot;
import com.studybot.config.Secrets;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code bot}: runs the Discord bot (token from {@code DISCORD_TOKEN}) until the process is told to stop;
 * on SIGTERM it stops taking interactions, finishes those in flight, and closes the stores.
 */
@Command(name = "bot", mixinStandardHelpOptions = true, description = "Run the Discord bot (needs DISCORD_TOKEN).")
final class BotCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(BotCommand.class);

    @Mixin
    CommonOptions common = new CommonOptions();

    @Override
    public Integer call() throws Exception {
        String token = Secrets.fromEnvironment(System.getenv())
                .discordToken()
                .orElseThrow(() -> new UserError("Set DISCORD_TOKEN to the bot token (see README, \"On Discord\")."));
        var config = Engine.config(common, Map.of());
        Wiring wiring = Engine.start(config, true);
        DiscordBot bot;
        try {
            bot = wiring.discordBot(token);
        } catch (RuntimeException | InterruptedException e) {
            wiring.close();
            throw e;
        }
        var stopped = new CountDownLatch(1);
        var closed = new AtomicBoolean();
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            if (closed.compareAndSet(false, true)) {
                                LOG.info("Stopping: finishing the interactions in flight");
                                bot.close();
                                wiring.close();
                                stopped.countDown();
                            }
                        },
                        "studybot-shutdown"));
        stopped.await();
        return 0;
    }
}
