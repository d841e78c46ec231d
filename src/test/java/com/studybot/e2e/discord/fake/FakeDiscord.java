package com.studybot.e2e.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An in-process Discord for end-to-end tests: a REST server and a gateway on ephemeral loopback ports
 * that the real JDA client talks to (notes/fake-discord.md). It has one guild, "Study group", with a
 * text channel "general", a bot user and an application id; it records every REST call and keeps the
 * messages the bot posts.
 *
 * <p>Users and channels may be added before or after the bot connects. Before, they are part of
 * GUILD_CREATE; after, the fake sends GUILD_ROLE_CREATE, GUILD_MEMBER_ADD or CHANNEL_CREATE, which JDA
 * handles asynchronously (an interaction dispatched later on the same socket is handled after them).
 * Interactions carry their member, so a slash command works either way.
 *
 * <p>Teardown order: {@code jda.shutdownNow(); jda.awaitShutdown(...)}, then {@link #close()}.
 */
public final class FakeDiscord implements AutoCloseable {
    private static final String ROUTE_COMMANDS = "applications/[^/]+(/guilds/[^/]+)?/commands";

    private final Snowflakes ids;
    private final ObjectNode botUser;
    private final String applicationId;
    private final FakeGuild guild;
    private final List<FakeGuild> guilds = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Clock clock;
    private final String generalId;
    private final MessageStore store;
    private final CallLog log = new CallLog();
    private final RestRoutes routes;
    private final String botRoleId;
    private final Map<String, TestUser> users = new ConcurrentHashMap<>();
    private final FakeRest rest;
    private final FakeGateway gateway;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final FakeCdn cdn = new FakeCdn();

    /**
     * A file a user attached to a slash command (an option value of {@link TestUser#slash}), served by the fake's CDN
     * at {@code url}; {@code size} is the size Discord declares for it.
     */
    public record Attachment(String id, String filename, long size, String url, String contentType) {}

    /** A role given as an option value of {@link TestUser#slash} (type 8). */
    public record RoleOption(String id) {}

    /** A guild of the fake: its id and its channel "general". */
    public record Server(String id, String channelId) {}

    private FakeDiscord(Clock clock, int shards) {
        this.clock = clock;
        this.ids = new Snowflakes(clock);
        this.botUser = Payloads.user(ids.next(), "studybot", true);
        this.applicationId = ids.next();
        this.guild = newGuild("Study group", 0, shards);
        this.generalId = guild.channelIds().get(0);
        this.botRoleId = guild.botRoleId();
        guilds.add(guild);
        this.store = new MessageStore(ids, clock, botUser);
        // the burst limit counts real time: JDA waits out a 429 in real time too
        this.routes = new RestRoutes(
                ids,
                clock,
                store,
                this::guildOfChannel,
                this::gatewayBot,
                botUser,
                applicationId,
                botRoleId,
                System::nanoTime);
        this.rest = FakeRest.start(log, routes, cdn);
        this.gateway = FakeGateway.start(
                new FakeGateway.Guilds() {
                    @Override
                    public ObjectNode ready(List<String> guildIds, String sessionId) {
                        return Payloads.ready(botUser.deepCopy(), guildIds, sessionId, applicationId, gatewayUrl());
                    }

                    @Override
                    public Map<String, ObjectNode> guildCreates() {
                        var creates = new java.util.LinkedHashMap<String, ObjectNode>();
                        guilds.forEach(g -> creates.put(g.id(), g.guildCreate()));
                        return creates;
                    }
                },
                shards);
    }

    /** A guild on {@code shard} with a channel "general", its owner, and the bot with its role. */
    private FakeGuild newGuild(String name, int shard, int shards) {
        ObjectNode owner = Payloads.user(ids.next(), "owner", false);
        var g = new FakeGuild(
                ids, clock, ids.onShard(shard, shards), name, owner.path("id").asText());
        g.addChannel("general");
        ObjectNode botRole = g.addRole("studybot", Permissions.BOT);
        g.addMember(owner, List.of());
        g.addMember(botUser.deepCopy(), List.of(botRole.path("id").asText()));
        return g;
    }

    /** The guild holding the channel, or the first guild when none does (its routes then answer 404). */
    private FakeGuild guildOfChannel(String channelId) {
        return guilds.stream().filter(g -> g.hasChannel(channelId)).findFirst().orElse(guild);
    }

    /** {@code GET gateway/bot}: where to connect and how many shards to use. */
    private ObjectNode gatewayBot() {
        ObjectNode body = Payloads.object().put("url", gateway.url()).put("shards", gateway.shards());
        body.putObject("session_start_limit")
                .put("total", 1000)
                .put("remaining", 1000)
                .put("reset_after", 0)
                .put("max_concurrency", 1);
        return body;
    }

    /** Starts both servers; the bot may connect at once. */
    /** The bot token the fake accepts; a request with another one gets 401, as from Discord. */
    public static final String TOKEN = "test-token";

    public static FakeDiscord start() {
        return start(1);
    }

    /**
     * A fake with {@code shards} shards: {@code GET gateway/bot} says so, each shard is one gateway session, and a
     * guild's events go to shard {@code (guild_id >> 22) % shards}. The first guild, "Study group", is on shard 0.
     */
    public static FakeDiscord start(int shards) {
        return new FakeDiscord(Clock.systemUTC(), shards);
    }

    /**
     * Adds a guild on {@code shard} (with a channel "general", an owner and the bot); when a bot already holds that
     * shard it gets the guild's GUILD_CREATE, as when the bot joins a server.
     */
    public Server addGuild(String name, int shard) {
        if (shard < 0 || shard >= gateway.shards()) {
            throw new IllegalArgumentException("shard must be in 0.." + (gateway.shards() - 1) + ", was " + shard);
        }
        FakeGuild added = newGuild(name, shard, gateway.shards());
        return gateway.change(added.id(), connected -> {
            guilds.add(added);
            if (connected) {
                gateway.dispatch(added.id(), "GUILD_CREATE", added.guildCreate());
            }
            return new Server(added.id(), added.channelIds().get(0));
        });
    }

    /** A member of {@code server} with the ordinary permissions, whose slash commands run in its "general". */
    public TestUser user(Server server, String name) {
        FakeGuild in = guilds.stream()
                .filter(g -> g.id().equals(server.id()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown guild " + server.id()));
        return gateway.change(in.id(), connected -> {
            if (users.containsKey(name)) {
                throw new IllegalArgumentException("there is already a user called " + name);
            }
            ObjectNode member = in.addMember(Payloads.user(ids.next(), name, false), List.of());
            if (connected) {
                gateway.dispatch(in.id(), "GUILD_MEMBER_ADD", member);
            }
            TestUser user = new TestUser(this, member, Permissions.ORDINARY, server.channelId());
            users.put(name, user);
            return user;
        });
    }

    /** How many shards the fake has ({@code GET gateway/bot}'s {@code shards}). */
    public int shards() {
        return gateway.shards();
    }

    /** The shard a guild belongs to: {@code (guild_id >> 22) % shards}. */
    public int shardOf(String guildId) {
        return FakeGateway.shardOf(guildId, gateway.shards());
    }

    /** Waits until a bot holds {@code shard} with a live gateway session; false when none did in time. */
    public boolean awaitShard(int shard, Duration timeout) throws InterruptedException {
        return gateway.awaitShard(shard, timeout);
    }

    /** Waits until no live gateway session holds {@code shard} (its bot is gone); false when one still did in time. */
    public boolean awaitShardFree(int shard, Duration timeout) throws InterruptedException {
        return gateway.awaitShardFree(shard, timeout);
    }

    /** The shards held by a live gateway session now, in order. */
    public List<Integer> liveShards() {
        return gateway.liveShards();
    }

    /** The IDENTIFYs the gateway refused, as {@code "<close code> <reason>"}. */
    public List<String> refusedIdentifies() {
        return gateway.refusedIdentifies();
    }

    /** For {@code RestConfig.setBaseUrl}: {@code http://127.0.0.1:<port>/api/v10/}. */
    public String restBaseUrl() {
        return rest.baseUrl();
    }

    /** For {@code SessionController.getGateway()}: {@code ws://127.0.0.1:<port>}. */
    public String gatewayUrl() {
        return gateway.url();
    }

    /**
     * Makes the gateway unreachable while REST still answers (a firewall, an outage): the bot's connection drops
     * and every attempt to reconnect is refused until {@code reachable} is true again.
     */
    public void gatewayReachable(boolean reachable) {
        gateway.reachable(reachable);
    }

    /**
     * Makes the gateway accept every WebSocket and drop it as soon as the bot identifies or resumes, while REST
     * still answers (an overloaded gateway behind a proxy); the bot's connection drops too. False behaves again.
     */
    public void gatewayDropsConnections(boolean drop) {
        gateway.dropping(drop);
    }

    /** How many times the bot tried to open the gateway's WebSocket, refused attempts included. */
    public int gatewayAttempts() {
        return gateway.attempts();
    }

    /** Waits until the bot has tried to open the gateway {@code count} times in all; false when it did not in time. */
    public boolean awaitGatewayAttempts(int count, Duration timeout) throws InterruptedException {
        return gateway.awaitAttempts(count, timeout);
    }

    public String guildId() {
        return guild.id();
    }

    /** The channel "general". */
    public String channelId() {
        return generalId;
    }

    public String applicationId() {
        return applicationId;
    }

    public String botUserId() {
        return botUser.path("id").asText();
    }

    /** Adds a text channel and returns its id (see the class comment on adding it after the bot connects). */
    public String addChannel(String name) {
        return addChannel(name, 0);
    }

    /**
     * Adds a text channel whose overwrites deny the bot's role {@code deniedToBot} (e.g. {@link
     * Permissions#SEND_MESSAGES}); Discord then refuses the bot's posts there (50013).
     */
    public String addChannel(String name, long deniedToBot) {
        return gateway.change(guild.id(), connected -> {
            ObjectNode channel =
                    deniedToBot == 0 ? guild.addChannel(name) : guild.addChannel(name, botRoleId, deniedToBot);
            if (connected) {
                gateway.dispatch(guild.id(), "CHANNEL_CREATE", channel);
            }
            return channel.path("id").asText();
        });
    }

    /** A member with the ordinary permissions of {@code @everyone} ({@link Permissions#ORDINARY}). */
    public TestUser user(String name) {
        return user(name, Permissions.ORDINARY);
    }

    /**
     * A member with {@code permissions} (e.g. {@link Permissions#MANAGE_SERVER}) on top of the ordinary
     * ones, granted through a role of their own so that JDA's {@code Member.hasPermission} agrees.
     */
    public TestUser user(String name, long permissions) {
        long effective = permissions | Permissions.ORDINARY;
        return gateway.change(guild.id(), connected -> {
            if (users.containsKey(name)) {
                throw new IllegalArgumentException("there is already a user called " + name);
            }
            List<String> roles = List.of();
            if (effective != Permissions.ORDINARY) {
                ObjectNode role = guild.addRole(name + "'s role", effective);
                roles = List.of(role.path("id").asText());
                if (connected) {
                    gateway.dispatch(
                            guild.id(),
                            "GUILD_ROLE_CREATE",
                            Payloads.object().put("guild_id", guild.id()).set("role", role));
                }
            }
            ObjectNode member = guild.addMember(Payloads.user(ids.next(), name, false), roles);
            if (connected) {
                gateway.dispatch(guild.id(), "GUILD_MEMBER_ADD", member);
            }
            TestUser user = new TestUser(this, member, effective, generalId);
            users.put(name, user);
            return user;
        });
    }

    /** An attachment named {@code filename} with these bytes, served whole by the CDN. */
    public Attachment attach(String filename, byte[] bytes) {
        return attach(filename, bytes, Served.WHOLE);
    }

    /** How the CDN serves an attachment: whole, 404, 500, short of its declared size, or cut off mid-way. */
    public enum Served {
        WHOLE,
        NOT_FOUND,
        SERVER_ERROR,
        SHORT,
        CUT
    }

    /** An attachment the CDN serves as {@code served} says (a download that fails or is truncated). */
    public Attachment attach(String filename, byte[] bytes, Served served) {
        return cdn.add(rest.cdnUrl(), ids.next(), generalId, filename, bytes, FakeCdn.Served.valueOf(served.name()));
    }

    /** How often the bot downloaded {@code attachment} from the CDN. */
    public int downloads(Attachment attachment) {
        return cdn.downloads(attachment.id());
    }

    /** Adds a role with the ordinary permissions (nothing more) and returns it, to give members and pass as an option. */
    public RoleOption addRole(String name) {
        return gateway.change(guild.id(), connected -> {
            ObjectNode role = guild.addRole(name, Permissions.ORDINARY);
            if (connected) {
                gateway.dispatch(
                        guild.id(),
                        "GUILD_ROLE_CREATE",
                        Payloads.object().put("guild_id", guild.id()).set("role", role));
            }
            return new RoleOption(role.path("id").asText());
        });
    }

    /** A member with the ordinary permissions and {@code role}. */
    public TestUser user(String name, RoleOption role) {
        return gateway.change(guild.id(), connected -> {
            if (users.containsKey(name)) {
                throw new IllegalArgumentException("there is already a user called " + name);
            }
            ObjectNode member = guild.addMember(Payloads.user(ids.next(), name, false), List.of(role.id()));
            if (connected) {
                gateway.dispatch(guild.id(), "GUILD_MEMBER_ADD", member);
            }
            TestUser user = new TestUser(this, member, Permissions.ORDINARY, generalId);
            users.put(name, user);
            return user;
        });
    }

    /** The {@code data.resolved} of a slash command with these option values (attachments and roles). */
    ObjectNode resolved(java.util.Collection<Object> values) {
        ObjectNode resolved = Payloads.object();
        for (Object value : values) {
            if (value instanceof Attachment a) {
                child(resolved, "attachments").set(a.id(), FakeCdn.resolved(a));
            } else if (value instanceof RoleOption r) {
                child(resolved, "roles")
                        .set(
                                r.id(),
                                guild.role(r.id())
                                        .orElseThrow(() -> new IllegalArgumentException("unknown role " + r.id())));
            }
        }
        return resolved;
    }

    private static ObjectNode child(ObjectNode parent, String name) {
        return parent.has(name) ? (ObjectNode) parent.get(name) : parent.putObject(name);
    }

    /** Every REST call so far, in arrival order. */
    public List<RecordedCall> calls() {
        return log.calls();
    }

    /** How long after its dispatch each interaction was acknowledged (its first callback), in nanoseconds. */
    public List<Long> acknowledgements() {
        return routes.acknowledgements();
    }

    /** The calls Discord would have refused: invalid message bodies, edits over the one-a-second limit. */
    public List<String> refusals() {
        return routes.refusals();
    }

    /** The calls answered with {@code status} (e.g. 429 for a burst over Discord's limit), in arrival order. */
    public List<RecordedCall> answered(int status) {
        return log.answered(status);
    }

    /** Failures the test asks for: the next edit, post or callback refused or failed, as Discord would. */
    public Faults faults() {
        return routes.faults();
    }

    /** The calls the fake had no route for (answered 404 {@code {"message":"Unknown","code":0}}). */
    public List<RecordedCall> unknownCalls() {
        return calls().stream().filter(c -> !routes.hasRoute(c)).toList();
    }

    /** The body of the last bulk overwrite of global or guild commands, waiting for a first one. */
    public JsonNode awaitCommands(Duration timeout) {
        return log.awaitLast(c -> c.is("PUT", ROUTE_COMMANDS), timeout)
                .map(entry -> entry.call().json())
                .orElseThrow(() -> new AssertionError(
                        "no PUT of commands within " + timeout + ". Recorded REST calls:\n" + log.describe()));
    }

    /**
     * The message as it stands after the first edit of it by id (through an interaction's webhook or its
     * channel), waiting up to {@code timeout} for one; empty when none came.
     */
    public Optional<JsonNode> awaitEdit(String messageId, Duration timeout) {
        return log.awaitDone(0, c -> c.is("PATCH", ".*/messages/" + messageId), timeout)
                .flatMap(entry -> store.find(messageId));
    }

    /** The last message posted in a channel, waiting up to {@code timeout} for a first one; empty when none came. */
    public Optional<JsonNode> awaitPost(String channelId, Duration timeout) {
        return log.awaitDone(0, c -> c.is("POST", "(.*/)?channels/" + channelId + "/messages"), timeout)
                .flatMap(entry -> {
                    List<JsonNode> posted = store.channelPosts(channelId);
                    return posted.isEmpty() ? Optional.empty() : Optional.of(posted.get(posted.size() - 1));
                });
    }

    /**
     * The {@code count}-th message posted in a channel (1 for the first), as it stands now, waiting up to
     * {@code timeout} for that many posts (a post answered 429 counts when JDA's retry goes through); fails when
     * they did not come.
     */
    public JsonNode awaitPosts(String channelId, int count, Duration timeout) {
        int from = 0;
        for (int i = 0; i < count; i++) {
            var entry = log.awaitDone(from, c -> c.is("POST", "(.*/)?channels/" + channelId + "/messages"), timeout);
            if (entry.isEmpty()) {
                throw new AssertionError("only " + i + " of " + count + " posts in channel " + channelId + " within "
                        + timeout + ". Recorded REST calls:\n" + log.describe());
            }
            from = entry.get().index() + 1;
        }
        return store.channelPosts(channelId).get(count - 1);
    }

    /** The message as it stands after its {@code count}-th edit (through any route), waiting up to {@code timeout}. */
    public JsonNode awaitEdits(String messageId, int count, Duration timeout) {
        int from = 0;
        for (int i = 0; i < count; i++) {
            var entry = log.awaitDone(from, c -> c.is("PATCH", ".*/messages/" + messageId), timeout);
            if (entry.isEmpty()) {
                throw new AssertionError("only " + i + " of " + count + " edits of message " + messageId + " within "
                        + timeout + ". Recorded REST calls:\n" + log.describe());
            }
            from = entry.get().index() + 1;
        }
        return store.find(messageId).orElseThrow();
    }

    /** The messages posted with {@code POST channels/{channelId}/messages}, in order, as the fake returned them. */
    public List<JsonNode> messages(String channelId) {
        return store.channelPosts(channelId);
    }

    /** Stops both servers; calling it again does nothing. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            gateway.close();
            rest.close();
        }
    }

    Pending interact(
            TestUser user, String channelId, int type, ObjectNode data, Optional<ObjectNode> message, String what) {
        ObjectNode channel = guildOfChannel(channelId)
                .channel(channelId)
                .orElseThrow(() -> new IllegalArgumentException("unknown channel " + channelId));
        String id = ids.next();
        var interaction = new MessageStore.Interaction(
                id, "token-" + id, channelId, message.map(m -> m.path("id").asText()));
        store.open(interaction);
        ObjectNode payload = Payloads.interaction(
                id, interaction.token(), type, applicationId, channel, user.member(), user.permissions());
        payload.set("data", data);
        message.ifPresent(m -> payload.set("message", m));
        int from = log.size();
        gateway.dispatch(channel.path("guild_id").asText(), "INTERACTION_CREATE", payload);
        return new Pending(log, store, interaction, applicationId, what + " by " + user.name(), from);
    }

    Optional<JsonNode> registeredCommand(String name) {
        return routes.command(name);
    }

    Optional<ObjectNode> message(String id) {
        return store.find(id);
    }

    String newId() {
        return ids.next();
    }
}
