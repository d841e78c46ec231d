package com.studybot.cli;

import com.studybot.LiveNotes;
import com.studybot.MetricsWiring;
import com.studybot.Wiring;
import com.studybot.adapter.discord.DiscordBot;
import com.studybot.adapter.metrics.MetricsEndpoint;
import com.studybot.config.Secrets;
import com.studybot.core.telemetry.Telemetry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
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
        var config = Startup.config(common, Map.of());
        Telemetry telemetry = MetricsWiring.telemetry(config.metrics());
        Wiring wiring = Startup.wiring(config, true, telemetry);
        var bot = new AtomicReference<DiscordBot>();
        Optional<MetricsEndpoint> endpoint;
        try { // a taken port is one line before anything connects
            MetricsWiring.watchCaches(telemetry, wiring.metrics());
            endpoint = MetricsWiring.start(
                    config.metrics(),
                    telemetry,
                    MetricsWiring.health(
                            wiring.index(),
                            () -> bot.get() == null ? List.of() : bot.get().shards()));
        } catch (RuntimeException e) {
            wiring.close();
            throw e;
        }
        LiveNotes live = LiveNotes.start(wiring);
        Startup.warmUp(wiring.engine());
        Startup.buildQuestionPool(wiring.pool(), () -> Startup.warmUpQuizzes(wiring));
        var started = new CountDownLatch(1);
        var stopped = new CountDownLatch(1);
        Thread starting = Thread.currentThread();
        // registered before the bot starts, so a SIGTERM during start-up also ends cleanly: the hook interrupts
        // a start-up that is still waiting for Discord (e.g. a gateway that cannot be reached), waits for it to
        // end, then closes what was opened
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            LOG.info("Stopping: finishing the interactions in flight");
                            if (started.getCount() > 0) {
                                starting.interrupt();
                            }
                            awaitQuietly(started);
                            if (bot.get() != null) {
                                bot.get().close();
                            }
                            endpoint.ifPresent(MetricsEndpoint::close);
                            live.close();
                            wiring.close();
                            stopped.countDown();
                        },
                        "studybot-shutdown"));
        try {
            bot.set(wiring.discordBot(token));
        } catch (InterruptedException e) {
            LOG.info("Stopped before the bot was ready");
        } finally {
            started.countDown();
        }
        try {
            stopped.await();
        } catch (InterruptedException e) { // the hook's interrupt came as start-up ended: it is stopping anyway
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
