package com.studybot.adapter.discord;

import com.studybot.config.StudybotConfig;
import java.io.IOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionController;
import okhttp3.ConnectionPool;
import okhttp3.Interceptor;

/**
 * The JDA client the bot runs: a shard manager running this process's shards ({@code discord.shards}; one process
 * with the only shard by default), light, no gateway intents, REST and gateway URLs from the config, and gateway
 * sessions opened with a backoff ({@link BackoffSessionController}); {@link #connect} logs in and waits until every
 * shard is ready, turning what an operator must fix (a refused token, an unreachable API) into one line.
 */
public final class DiscordClient {
    /** REST requests the client may have in flight at once (OkHttp's default is 5 per host). */
    static final int REQUESTS_IN_FLIGHT = 64;
    /** Threads that receive JDA's events and acknowledge interactions. */
    static final int EVENT_THREADS = 4;
    /** The cap on JDA's own waits between attempts to resume a session (its default is 900 s; 32 s is its least). */
    static final int MAX_RECONNECT_DELAY_S = (int) GatewayBackoff.DEFAULT.max().toSeconds();

    private DiscordClient() {}

    /** The production client's builder; {@code sessions} opens the gateway sessions. */
    public static DefaultShardManagerBuilder builder(
            String token, StudybotConfig.Discord config, SessionController sessions) {
        return builder(token, config, sessions, chain -> chain.proceed(chain.request()));
    }

    /** As above, every REST exchange going through {@code watch} (the router's {@link InteractionRouter#acknowledgementWatch}). */
    public static DefaultShardManagerBuilder builder(
            String token, StudybotConfig.Discord config, SessionController sessions, Interceptor watch) {
        // every request goes to one host: OkHttp's default of 5 in flight per host would queue the acknowledgements
        // of a burst of interactions behind each other (Discord's own limits are kept by JDA's rate limiter)
        var dispatcher = new okhttp3.Dispatcher();
        dispatcher.setMaxRequests(REQUESTS_IN_FLIGHT);
        dispatcher.setMaxRequestsPerHost(REQUESTS_IN_FLIGHT);
        var builder = DefaultShardManagerBuilder.createLight(token, EnumSet.noneOf(GatewayIntent.class))
                .setShardsTotal(config.shards().total())
                .setShards(config.shards().ids())
                .setHttpClientBuilder(new okhttp3.OkHttpClient.Builder()
                        .dispatcher(dispatcher)
                        // a burst's connections stay open for the next one (OkHttp keeps 5 by default)
                        .connectionPool(new ConnectionPool(REQUESTS_IN_FLIGHT, 5, TimeUnit.MINUTES))
                        .addInterceptor(watch))
                .setEventManagerProvider(shard -> new PacedEvents(eventPool(shard), GatewayBackoff.DEFAULT))
                .setSessionController(sessions)
                .addEventListeners(new GatewayStatusLog())
                .setMaxReconnectDelay(MAX_RECONNECT_DELAY_S)
                .setEnableShutdownHook(false);
        if (!config.restUrl().isEmpty()) {
            String base = restBase(config);
            builder.setRestConfigProvider(shard -> new RestConfig().setBaseUrl(base));
        }
        if (!config.gatewayUrl().isEmpty()) {
            builder.setCompression(Compression.NONE);
        }
        return builder;
    }

    /** The session controller for {@code config}: Discord's gateway or the configured one, with the default backoff. */
    public static SessionController sessions(StudybotConfig.Discord config) {
        Optional<String> gateway = config.gatewayUrl().isEmpty() ? Optional.empty() : Optional.of(config.gatewayUrl());
        return new BackoffSessionController(gateway, GatewayBackoff.DEFAULT, BackoffSessionController.Pause.SLEEP);
    }

    /**
     * Logs in and waits until the client is ready. A refused token or an unreachable API is a {@link
     * DiscordLoginRefused}, an unreachable API a {@link DiscordUnreachable}; an interrupt (the process is told to stop while the gateway cannot be reached) closes the
     * client and is thrown on.
     */
    public static ShardManager connect(DefaultShardManagerBuilder builder, StudybotConfig.Discord config)
            throws InterruptedException {
        var ready = new ShardsReady(config.shards().ids().size());
        builder.addEventListeners(ready);
        ShardManager shards;
        try {
            shards = builder.build();
        } catch (InvalidTokenException e) {
            throw new DiscordLoginRefused(
                    "Discord refused the bot token (401 Unauthorized): check DISCORD_TOKEN, or press Reset Token "
                            + "under Bot in the Developer Portal and use the new one.");
        } catch (ErrorResponseException e) {
            throw ioFailure(e)
                    .map(io -> new DiscordUnreachable("Discord's API at " + apiUrl(config) + " cannot be reached ("
                            + io.getMessage() + "): check the network, a firewall or proxy, or discord.restUrl."))
                    .orElseThrow(() -> e);
        }
        try {
            ready.await();
            shards.removeEventListener(ready);
            for (JDA shard : shards.getShards()) { // JDA fires ready just before it says CONNECTED
                shard.awaitStatus(JDA.Status.CONNECTED);
            }
            return shards;
        } catch (InterruptedException | RuntimeException e) {
            shutdownNow(shards);
            throw e;
        }
    }

    /** Stops every shard at once and waits a little for each. */
    static void shutdownNow(ShardManager shards) throws InterruptedException {
        var all = shards.getShards();
        all.forEach(JDA::shutdownNow);
        for (JDA jda : all) {
            jda.awaitShutdown(Duration.ofSeconds(5));
        }
        shards.shutdown();
    }

    /**
     * Counts the shards that became ready; {@link #await} returns when all of them are, or throws when one was shut
     * down first (Discord closed its session for good: a shard another process runs, a shard count it refuses).
     */
    private static final class ShardsReady implements EventListener {
        private final CountDownLatch left;
        private final java.util.concurrent.atomic.AtomicReference<String> failed =
                new java.util.concurrent.atomic.AtomicReference<>();

        ShardsReady(int shards) {
            this.left = new CountDownLatch(shards);
        }

        @Override
        public void onEvent(GenericEvent event) {
            if (event instanceof ReadyEvent) {
                left.countDown();
            } else if (event instanceof ShutdownEvent down && left.getCount() > 0) {
                failed.compareAndSet(
                        null,
                        "Discord closed the gateway session of shard "
                                + down.getJDA().getShardInfo().getShardId()
                                + " before it was ready (close code " + down.getCloseCode()
                                + "): check discord.shards.total and that no other process runs discord.shards.ids");
                while (left.getCount() > 0) {
                    left.countDown();
                }
            }
        }

        void await() throws InterruptedException {
            left.await();
            if (failed.get() != null) {
                throw new DiscordUnreachable(failed.get());
            }
        }
    }

    private static Optional<IOException> ioFailure(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                return Optional.of(io);
            }
        }
        return Optional.empty();
    }

    private static String restBase(StudybotConfig.Discord config) {
        return config.restUrl().endsWith("/") ? config.restUrl() : config.restUrl() + "/";
    }

    private static String apiUrl(StudybotConfig.Discord config) {
        return config.restUrl().isEmpty() ? "https://discord.com/api" : restBase(config);
    }

    /**
     * The threads JDA hands events to, so the gateway's reader goes on to the next event while one is acknowledged
     * (acknowledging is quick: the work itself goes to the router's workers).
     */
    private static ExecutorService eventPool(int shard) {
        var names = new AtomicInteger();
        return Executors.newFixedThreadPool(EVENT_THREADS, r -> {
            var t = new Thread(r, "studybot-events-" + shard + "-" + names.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }
}
