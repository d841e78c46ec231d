package com.studybot.e2e.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.java_websocket.WebSocket;
import org.java_websocket.drafts.Draft;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.handshake.ServerHandshakeBuilder;
import org.java_websocket.server.WebSocketServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fake gateway: a Java-WebSocket server on an ephemeral loopback port. It sends HELLO on open,
 * answers IDENTIFY with READY and one GUILD_CREATE per guild of the session's shard, RESUME with RESUMED,
 * acknowledges heartbeats, and numbers every dispatch per session.
 *
 * <p>Sharded as Discord is: IDENTIFY carries {@code shard: [shard_id, num_shards]} ({@code [0, 1]} when absent),
 * one session per shard, and a guild's events go to the session of shard {@code (guild_id >> 22) % num_shards}.
 * It refuses what Discord refuses, closing the socket with Discord's code: a second IDENTIFY on one connection
 * (4005), a shard id outside {@code 0..num_shards-1} or a {@code num_shards} other than its own (4010). It also
 * refuses a second live session for a shard (4010), so two processes that both claim a shard fail loudly.
 *
 * <p>It can be made unreachable while REST still works (a firewall, an outage): it drops every connection and
 * refuses every WebSocket upgrade (HTTP 404) until it is {@linkplain #reachable(boolean) reachable} again; each
 * attempt to connect is counted, refused or not.
 */
final class FakeGateway implements AutoCloseable {
    /** Large, so that JDA's socket read timeout (interval + 10 s) never fires in a test. */
    static final int HEARTBEAT_INTERVAL_MS = 41_250;

    static final int ALREADY_AUTHENTICATED = 4005;
    static final int INVALID_SHARD = 4010;

    private static final Logger LOG = LoggerFactory.getLogger(FakeGateway.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What the gateway needs from the fake: READY for a session holding these guilds, and the guilds. */
    interface Guilds {
        ObjectNode ready(List<String> guildIds, String sessionId);

        /** Every guild's id and its GUILD_CREATE, in order. */
        Map<String, ObjectNode> guildCreates();
    }

    /** A session: the shard it holds, its socket (none while disconnected, until resumed) and its sequence. */
    private static final class Session {
        final String id;
        final int shard;
        WebSocket socket;
        int seq;

        Session(String id, int shard, WebSocket socket) {
            this.id = id;
            this.shard = shard;
            this.socket = socket;
        }

        boolean live() {
            return socket != null && socket.isOpen();
        }
    }

    private final Server server;
    private final Guilds guilds;
    private final int shards;
    private final CountDownLatch started = new CountDownLatch(1);
    private final Map<Integer, Session> byShard = new HashMap<>();
    private final Map<String, Session> byId = new HashMap<>();
    private final List<String> closes = new ArrayList<>();
    private int sessionCount;
    private boolean unreachable;
    private boolean dropping;
    private int attempts;

    private FakeGateway(Guilds guilds, int shards) {
        if (shards < 1) {
            throw new IllegalArgumentException("shards must be >= 1, was " + shards);
        }
        this.guilds = guilds;
        this.shards = shards;
        this.server = new Server();
    }

    /** Starts the server with {@code shards} shards; {@code guilds} builds the answers to each IDENTIFY. */
    static FakeGateway start(Guilds guilds, int shards) {
        FakeGateway gateway = new FakeGateway(guilds, shards);
        gateway.server.start();
        try {
            if (!gateway.started.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the fake gateway did not start within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the fake gateway", e);
        }
        return gateway;
    }

    String url() {
        return "ws://127.0.0.1:" + server.getPort();
    }

    int shards() {
        return shards;
    }

    /** The shard a guild belongs to, as Discord computes it. */
    static int shardOf(String guildId, int shards) {
        return (int) ((Long.parseLong(guildId) >> 22) % shards);
    }

    /**
     * Sends {@code {"op":0,"t":type,"s":seq,"d":d}} to the session of the guild's shard, with its next sequence
     * number; fails when no bot holds that shard.
     */
    synchronized void dispatch(String guildId, String type, JsonNode d) {
        int shard = shardOf(guildId, shards);
        Session session = byShard.get(shard);
        if (session == null || !session.live()) {
            throw new IllegalStateException(
                    "no bot holds shard " + shard + " of the fake gateway; dispatch " + type + " for guild " + guildId);
        }
        send(session, type, d);
    }

    private void send(Session session, String type, JsonNode d) {
        ObjectNode frame = Payloads.object().put("op", 0).put("t", type).put("s", ++session.seq);
        frame.set("d", d);
        session.socket.send(frame.toString());
    }

    /**
     * Runs {@code change} while no IDENTIFY can be answered, telling it whether the guild's GUILD_CREATE was
     * already sent: a change to the guild then goes either into GUILD_CREATE or into its own dispatch, never both.
     */
    synchronized <T> T change(String guildId, Function<Boolean, T> change) {
        return change.apply(byShard.containsKey(shardOf(guildId, shards)));
    }

    /** Waits until a bot holds {@code shard}; false when none did within the timeout. */
    synchronized boolean awaitShard(int shard, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!byShard.containsKey(shard) || !byShard.get(shard).live()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    /** Waits until no live session holds {@code shard} (its bot is gone); false when one still did at the timeout. */
    synchronized boolean awaitShardFree(int shard, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (byShard.containsKey(shard) && byShard.get(shard).live()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    /** The shards held by a live session now. */
    synchronized List<Integer> liveShards() {
        return byShard.values().stream()
                .filter(Session::live)
                .map(s -> s.shard)
                .sorted()
                .toList();
    }

    /** The connections the gateway closed on a refused IDENTIFY, as {@code "<code> <reason>"}. */
    synchronized List<String> refusedIdentifies() {
        return List.copyOf(closes);
    }

    /**
     * Makes the gateway reachable again, or unreachable: the bots' connections are dropped (as by a network
     * failure, without a close frame) and every later upgrade is refused.
     */
    synchronized void reachable(boolean reachable) {
        unreachable = !reachable;
        if (unreachable) {
            for (Session session : byShard.values()) {
                if (session.socket != null) {
                    session.socket.closeConnection(CloseFrame.ABNORMAL_CLOSE, "the gateway became unreachable");
                }
            }
        }
    }

    /**
     * Makes the gateway accept each WebSocket, say hello and drop the connection as soon as the bot identifies or
     * resumes (an overloaded gateway behind a proxy), or behave again; the bots' connections are dropped when it
     * starts.
     */
    synchronized void dropping(boolean drop) {
        dropping = drop;
        if (drop) {
            for (Session session : byShard.values()) {
                if (session.socket != null) {
                    session.socket.closeConnection(CloseFrame.ABNORMAL_CLOSE, "the gateway dropped the connection");
                }
            }
        }
    }

    /** How many times a client tried to open the WebSocket (refused attempts included). */
    synchronized int attempts() {
        return attempts;
    }

    /** Waits until a client has tried to connect {@code count} times in all; false when it did not within the timeout. */
    synchronized boolean awaitAttempts(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (attempts < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    private synchronized void upgrade() throws InvalidDataException {
        attempts++;
        notifyAll();
        if (unreachable) {
            throw new InvalidDataException(CloseFrame.TRY_AGAIN_LATER, "the fake gateway is unreachable");
        }
    }

    private synchronized void opened(WebSocket socket) {
        socket.send("{\"op\":10,\"d\":{\"heartbeat_interval\":" + HEARTBEAT_INTERVAL_MS + "}}");
    }

    private synchronized void received(WebSocket socket, String text) {
        if (!socket.isOpen()) {
            return; // a frame read after this side dropped the connection
        }
        JsonNode frame = parse(text);
        int op = frame.path("op").asInt(-1);
        if (dropping && (op == 2 || op == 6)) {
            socket.closeConnection(CloseFrame.ABNORMAL_CLOSE, "the gateway dropped the connection");
            return;
        }
        switch (frame.path("op").asInt(-1)) {
            case 1 -> socket.send("{\"op\":11}");
            case 2 -> identify(socket, frame.path("d"));
            case 6 -> resume(socket, frame.path("d").path("session_id").asText());
            default -> LOG.debug("Fake gateway ignores {}", text);
        }
    }

    private void identify(WebSocket socket, JsonNode d) {
        if (sessionOf(socket).isPresent()) {
            refuse(socket, ALREADY_AUTHENTICATED, "Already authenticated.");
            return;
        }
        JsonNode shard = d.path("shard");
        int id = shard.isArray() ? shard.path(0).asInt(-1) : 0;
        int total = shard.isArray() ? shard.path(1).asInt(-1) : 1;
        if (total != shards || id < 0 || id >= total) {
            refuse(socket, INVALID_SHARD, "Invalid shard [" + id + ", " + total + "]; this gateway has " + shards);
            return;
        }
        Session held = byShard.get(id);
        if (held != null && held.live()) {
            refuse(socket, INVALID_SHARD, "Shard " + id + " already has a live session");
            return;
        }
        Session session = new Session("session-" + ++sessionCount + "-shard-" + id, id, socket);
        byShard.put(id, session);
        byId.put(session.id, session);
        Map<String, ObjectNode> own = new LinkedHashMap<>();
        guilds.guildCreates().forEach((guildId, create) -> {
            if (shardOf(guildId, shards) == id) {
                own.put(guildId, create);
            }
        });
        send(session, "READY", guilds.ready(List.copyOf(own.keySet()), session.id));
        own.values().forEach(create -> send(session, "GUILD_CREATE", create));
        notifyAll();
    }

    private void resume(WebSocket socket, String sessionId) {
        Session session = byId.get(sessionId);
        Session current = session == null ? null : byShard.get(session.shard);
        if (session == null || (current != null && current != session)) {
            socket.send("{\"op\":9,\"d\":false}"); // not resumable: identify again
            return;
        }
        session.socket = socket;
        byShard.put(session.shard, session);
        send(session, "RESUMED", Payloads.object());
        notifyAll();
    }

    private void refuse(WebSocket socket, int code, String reason) {
        closes.add(code + " " + reason);
        LOG.info("Fake gateway refuses an IDENTIFY: {} {}", code, reason);
        socket.close(code, reason);
    }

    private Optional<Session> sessionOf(WebSocket socket) {
        return byShard.values().stream().filter(s -> s.socket == socket).findFirst();
    }

    private static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException("gateway frame is not JSON: " + text, e);
        }
    }

    private synchronized void closed(WebSocket socket) {
        sessionOf(socket).ifPresent(session -> {
            session.socket = null;
            byShard.remove(session.shard); // the shard is free for a new IDENTIFY; the session may still RESUME
        });
        notifyAll();
    }

    @Override
    public void close() {
        try {
            server.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Server extends WebSocketServer {
        Server() {
            super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            setReuseAddr(true);
            setTcpNoDelay(true); // as Discord's edge does: no frame waits for the previous one's acknowledgement
            setConnectionLostTimeout(0);
            setDaemon(true);
        }

        @Override
        public ServerHandshakeBuilder onWebsocketHandshakeReceivedAsServer(
                WebSocket socket, Draft draft, ClientHandshake request) throws InvalidDataException {
            upgrade();
            return super.onWebsocketHandshakeReceivedAsServer(socket, draft, request);
        }

        @Override
        public void onOpen(WebSocket socket, ClientHandshake handshake) {
            opened(socket);
        }

        @Override
        public void onClose(WebSocket socket, int code, String reason, boolean remote) {
            closed(socket);
        }

        @Override
        public void onMessage(WebSocket socket, String message) {
            received(socket, message);
        }

        @Override
        public void onError(WebSocket socket, Exception e) {
            LOG.warn("Fake gateway socket error", e);
        }

        @Override
        public void onStart() {
            started.countDown();
        }
    }
}
