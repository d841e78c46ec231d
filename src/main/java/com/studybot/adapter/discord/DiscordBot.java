package com.studybot.adapter.discord;

import com.studybot.adapter.discord.daily.DailyPoster;
import com.studybot.adapter.discord.game.GameRunner;
import com.studybot.config.StudybotConfig;
import com.studybot.core.telemetry.ShardState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running bot: a light JDA shard manager with no gateway intents (slash commands need none) running this
 * process's shards ({@code discord.shards}), its commands registered globally or, with {@code discord.devGuild}, to
 * that server only, by the one process whose shards hold shard 0 (or the development server). Daily posts and group
 * games go only to the servers of this process's shards. No message of the bot may mention anyone. Closing stops
 * taking interactions, lets those in flight finish, then disconnects.
 */
public final class DiscordBot implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DiscordBot.class);

    private final ShardManager shards;
    private final InteractionRouter router;
    private final DailyPoster daily;
    private final GameRunner games;
    private final ScheduledExecutorService scheduler;
    private final StudybotConfig.Shards own;

    private DiscordBot(
            ShardManager shards,
            StudybotConfig.Shards own,
            InteractionRouter router,
            DailyPoster daily,
            GameRunner games,
            ScheduledExecutorService scheduler) {
        this.shards = shards;
        this.own = own;
        this.router = router;
        this.daily = daily;
        this.games = games;
        this.scheduler = scheduler;
    }

    /**
     * Connects (while Discord's gateway cannot be reached, trying again with a growing delay; an interrupt ends the
     * wait, closes the client and is thrown on), registers the commands and starts the daily-quiz round every {@code
     * dailyEvery}, or {@code discord.dailyRound} when set (its clock
     * decides what is due, so the period only bounds how late a post can be), and the group games' round every
     * {@link GameRunner#ROUND}. Replies that fail unattended go to {@code failures}.
     */
    public static DiscordBot start(
            String token,
            StudybotConfig.Discord config,
            List<SlashCommand> commands,
            InteractionRouter router,
            DiscordFailures failures,
            DailyPoster daily,
            GameRunner games,
            Duration dailyEvery)
            throws InterruptedException {
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        net.dv8tion.jda.api.requests.RestAction.setDefaultFailure(failures::handle); // JDA's is global
        var builder = DiscordClient.builder(
                        token, config, DiscordClient.sessions(config), router.acknowledgementWatch())
                .addEventListeners(router);
        ShardManager shards = DiscordClient.connect(builder, config);
        StudybotConfig.Shards own = config.shards();
        register(shards, own, config.devGuild(), commands);
        LOG.info(
                "Discord bot {} is ready in {} servers (shards {} of {})",
                shards.getShards().get(0).getSelfUser().getName(),
                shards.getGuildCache().size(),
                own.ids(),
                own.total());
        daily.attach(shards, own::owns);
        games.attach(shards, own.ids().size() == own.total());
        var names = new java.util.concurrent.atomic.AtomicInteger();
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, r -> {
            var t = new Thread(r, "studybot-rounds-" + names.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        long period = config.dailyRound().orElse(dailyEvery).toMillis();
        scheduler.scheduleWithFixedDelay(daily::tick, period, period, TimeUnit.MILLISECONDS);
        long round = GameRunner.ROUND.toMillis();
        scheduler.scheduleWithFixedDelay(games::tick, round, round, TimeUnit.MILLISECONDS);
        return new DiscordBot(shards, own, router, daily, games, scheduler);
    }

    /** One daily-quiz round now (what the scheduler runs every half minute). */
    public void tickDaily() {
        daily.tick();
    }

    /** One group-game round now (what the scheduler runs every second). */
    public void tickGames() {
        games.tick();
    }

    /**
     * Registers the commands, when this process runs the shard that does it (shard 0, or the development server's):
     * one process of several registers them, once.
     */
    private static void register(
            ShardManager shards, StudybotConfig.Shards own, String devGuild, List<SlashCommand> commands) {
        int registrar = devGuild.isEmpty() ? 0 : own.shardOf(devGuild);
        if (!own.ids().contains(registrar)) {
            LOG.info("Commands are registered by the process that runs shard {}", registrar);
            return;
        }
        // servers only: leaderboards, reviews and daily posts are per server, and a DM has none
        var data = commands.stream()
                .map(c -> c.data().setContexts(InteractionContextType.GUILD))
                .toList();
        if (devGuild.isEmpty()) {
            shards.getShardById(registrar).updateCommands().addCommands(data).complete();
            LOG.info("Registered {} commands globally", data.size());
            return;
        }
        Guild guild = shards.getGuildById(devGuild);
        if (guild == null) {
            throw new IllegalStateException("discord.devGuild " + devGuild + " is not a server this bot is in");
        }
        guild.updateCommands().addCommands(data).complete();
        LOG.info("Registered {} commands in the development server {}", data.size(), guild.getName());
    }

    /** The client of this process's first shard (the only one by default). */
    public JDA jda() {
        return shards.getShards().stream()
                .min(java.util.Comparator.comparingInt(j -> j.getShardInfo().getShardId()))
                .orElseThrow();
    }

    /** Every shard this process runs. */
    public ShardManager shardManager() {
        return shards;
    }

    /**
     * Each shard this process owns as it is now, for the health check: a shard not started yet (queued behind
     * Discord's start limit) counts as not connected.
     */
    public List<ShardState> shards() {
        var states = new ArrayList<ShardState>();
        for (int id : own.ids()) {
            JDA shard = shards.getShardById(id);
            JDA.Status status = shard == null ? null : shard.getStatus();
            states.add(new ShardState(id, status == null ? "QUEUED" : status.name(), status == JDA.Status.CONNECTED));
        }
        return states;
    }

    @Override
    public void close() {
        List<JDA> all = shards.getShards();
        try {
            scheduler.shutdown();
            scheduler.awaitTermination(30, TimeUnit.SECONDS);
            shards.removeEventListener(router);
            router.shutdown(30);
            all.forEach(JDA::shutdown);
            for (JDA jda : all) {
                if (!jda.awaitShutdown(Duration.ofSeconds(10))) {
                    jda.shutdownNow();
                    jda.awaitShutdown(Duration.ofSeconds(5));
                }
            }
            shards.shutdown();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            all.forEach(JDA::shutdownNow);
            shards.shutdown();
        }
    }
}
