package com.studybot.e2e.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.studybot.e2e.discord.fake.ErrorLogGuard;
import com.studybot.e2e.discord.fake.FakeDiscord;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.handshake.ServerHandshake;
import org.junit.jupiter.api.Test;

/**
 * The fake Discord's shards, as Discord has them: {@code GET gateway/bot} gives the count, each shard is one
 * gateway session holding the guilds {@code (guild_id >> 22) % shards} names, guild events go to that session,
 * and what Discord refuses (a shard id out of range, a second IDENTIFY) is refused with Discord's close code.
 */
final class FakeDiscordShardsTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void twoShardManagersEachGetTheirShardsGuildsAndItsInteractions() throws Exception {
        try (var errors = ErrorLogGuard.attach();
                var discord = FakeDiscord.start(2)) {
            // GIVEN a guild on each shard, with a member each
            var other = discord.addGuild("Other group", 1);
            var alice = discord.user("alice");
            var bob = discord.user(other, "bob");
            BlockingQueue<String> seen = new LinkedBlockingQueue<>();
            // WHEN one client holds shard 0 of 2 and another shard 1 of 2
            ShardManager zero = connect(discord, 0, seen);
            ShardManager one = connect(discord, 1, seen);
            try {
                // THEN each sees only its shard's guild
                assertThat(zero.getGuilds()).extracting(Guild::getId).containsExactly(discord.guildId());
                assertThat(one.getGuilds()).extracting(Guild::getId).containsExactly(other.id());
                assertThat(discord.shardOf(discord.guildId())).isZero();
                assertThat(discord.shardOf(other.id())).isEqualTo(1);
                assertThat(discord.liveShards()).containsExactly(0, 1);
                // AND each guild's interaction reaches the client holding its shard
                alice.slash("ping", Map.of());
                bob.slash("ping", Map.of());
                assertThat(List.of(seen.poll(10, TimeUnit.SECONDS), seen.poll(10, TimeUnit.SECONDS)))
                        .containsExactlyInAnyOrder("shard 0 of 2: " + discord.guildId(), "shard 1 of 2: " + other.id());
                // AND the count came from GET gateway/bot
                assertThat(discord.calls())
                        .anySatisfy(c -> assertThat(c.is("GET", "gateway/bot")).isTrue());
                assertThat(discord.unknownCalls()).isEmpty();
            } finally {
                shutdown(zero);
                shutdown(one);
            }
            errors.assertNoErrors();
        }
    }

    @Test
    void anIdentifyForAShardOutOfRangeIsClosedWithInvalidShard() throws Exception {
        try (var discord = FakeDiscord.start(2)) {
            assertThat(identify(discord, "[2,2]").get(10, TimeUnit.SECONDS)).isEqualTo(4010);
            assertThat(identify(discord, "[0,3]").get(10, TimeUnit.SECONDS)).isEqualTo(4010);
            assertThat(discord.refusedIdentifies())
                    .hasSize(2)
                    .allSatisfy(r -> assertThat(r).startsWith("4010 Invalid shard"));
        }
    }

    @Test
    void aSecondLiveSessionForAShardIsRefusedAndTheFirstKeepsIt() throws Exception {
        try (var discord = FakeDiscord.start(2)) {
            // GIVEN a session holding shard 1
            var first = new RawSession(discord);
            first.send("{\"op\":2,\"d\":{\"token\":\"test-token\",\"shard\":[1,2]}}");
            assertThat(discord.awaitShard(1, TIMEOUT)).isTrue();
            // WHEN a second connection identifies for shard 1, THEN it is closed with 4010
            assertThat(identify(discord, "[1,2]").get(10, TimeUnit.SECONDS)).isEqualTo(4010);
            assertThat(discord.liveShards()).containsExactly(1);
            // AND once the first is gone, the shard can be identified again
            first.closeBlocking();
            var again = new RawSession(discord);
            again.send("{\"op\":2,\"d\":{\"token\":\"test-token\",\"shard\":[1,2]}}");
            assertThat(discord.awaitShard(1, TIMEOUT)).isTrue();
            // AND a second IDENTIFY on the same connection is closed with 4005
            again.send("{\"op\":2,\"d\":{\"token\":\"test-token\",\"shard\":[1,2]}}");
            assertThat(again.closed.get(10, TimeUnit.SECONDS)).isEqualTo(4005);
        }
    }

    private static CompletableFuture<Integer> identify(FakeDiscord discord, String shard) throws Exception {
        var session = new RawSession(discord);
        session.send("{\"op\":2,\"d\":{\"token\":\"test-token\",\"shard\":" + shard + "}}");
        return session.closed;
    }

    private static ShardManager connect(FakeDiscord discord, int shard, BlockingQueue<String> seen)
            throws InterruptedException {
        ShardManager manager = DefaultShardManagerBuilder.createLight(FakeDiscord.TOKEN)
                .setShardsTotal(2)
                .setShards(shard)
                .setRestConfigProvider(id -> new RestConfig().setBaseUrl(discord.restBaseUrl()))
                .setSessionController(new SessionControllerAdapter() {
                    @Override
                    public ShardedGateway getShardedGateway(JDA api) {
                        ShardedGateway asked = super.getShardedGateway(api);
                        return new ShardedGateway(discord.gatewayUrl(), asked.getShardTotal());
                    }
                })
                .setCompression(Compression.NONE)
                .setEnableShutdownHook(false)
                .addEventListeners(new ListenerAdapter() {
                    @Override
                    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
                        seen.add(event.getJDA()
                                        .getShardInfo()
                                        .getShardString()
                                        .replace("[", "shard ")
                                        .replace(" / ", " of ")
                                        .replace("]", "")
                                + ": " + event.getGuild().getId());
                        event.reply("pong").queue();
                    }
                })
                .build();
        for (JDA jda : manager.getShards()) {
            jda.awaitReady();
        }
        return manager;
    }

    private static void shutdown(ShardManager manager) {
        manager.getShards().forEach(JDA::shutdown);
        for (JDA jda : manager.getShards()) {
            try {
                if (!jda.awaitShutdown(Duration.ofSeconds(5))) {
                    jda.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        manager.shutdown();
    }

    /** A bare gateway client, to send what JDA would not. */
    private static final class RawSession extends WebSocketClient {
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        private final CompletableFuture<Void> hello = new CompletableFuture<>();

        RawSession(FakeDiscord discord) throws Exception {
            super(URI.create(discord.gatewayUrl()));
            assertThat(connectBlocking(10, TimeUnit.SECONDS)).isTrue();
            hello.get(10, TimeUnit.SECONDS);
        }

        @Override
        public void onOpen(ServerHandshake handshake) {}

        @Override
        public void onMessage(String message) {
            try {
                if (JSON.readTree(message).path("op").asInt() == 10) {
                    hello.complete(null);
                }
            } catch (Exception e) {
                hello.completeExceptionally(e);
            }
        }

        @Override
        public void onClose(int code, String reason, boolean remote) {
            closed.complete(code);
        }

        @Override
        public void onError(Exception e) {
            closed.completeExceptionally(e);
        }
    }
}
