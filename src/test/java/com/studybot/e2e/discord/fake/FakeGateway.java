package com.studybot.e2e.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
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
 * answers IDENTIFY with READY and GUILD_CREATE, RESUME with RESUMED, acknowledges heartbeats, and
 * numbers every dispatch. One bot connection at a time (the latest one).
 *
 * <p>It can be made unreachable while REST still works (a firewall, an outage): it drops the bot's connection and
 * refuses every WebSocket upgrade (HTTP 404) until it is {@linkplain #reachable(boolean) reachable} again; each
 * attempt to connect is counted, refused or not.
 */
final class FakeGateway implements AutoCloseable {
    /** Large, so that JDA's socket read timeout (interval + 10 s) never fires in a test. */
    static final int HEARTBEAT_INTERVAL_MS = 41_250;

    private static final Logger LOG = LoggerFactory.getLogger(FakeGateway.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Server server;
    private final Supplier<ObjectNode> ready;
    private final Supplier<ObjectNode> guildCreate;
    private final CountDownLatch started = new CountDownLatch(1);
    private WebSocket bot;
    private int seq;
    private boolean identified;
    private boolean unreachable;
    private int attempts;

    private FakeGateway(Supplier<ObjectNode> ready, Supplier<ObjectNode> guildCreate) {
        this.ready = ready;
        this.guildCreate = guildCreate;
        this.server = new Server();
    }

    /** Starts the server; {@code ready} and {@code guildCreate} build the answers to each IDENTIFY. */
    static FakeGateway start(Supplier<ObjectNode> ready, Supplier<ObjectNode> guildCreate) {
        FakeGateway gateway = new FakeGateway(ready, guildCreate);
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

    /** Sends {@code {"op":0,"t":type,"s":seq,"d":d}} to the connected bot, with the next sequence number. */
    synchronized void dispatch(String type, JsonNode d) {
        if (bot == null || !bot.isOpen()) {
            throw new IllegalStateException("no bot is connected to the fake gateway; dispatch " + type);
        }
        ObjectNode frame = Payloads.object().put("op", 0).put("t", type).put("s", ++seq);
        frame.set("d", d);
        bot.send(frame.toString());
    }

    /**
     * Runs {@code change} while no IDENTIFY can be answered, telling it whether GUILD_CREATE was already
     * sent: a change to the guild then goes either into GUILD_CREATE or into its own dispatch, never both.
     */
    synchronized <T> T change(Function<Boolean, T> change) {
        return change.apply(identified);
    }

    /**
     * Makes the gateway reachable again, or unreachable: the bot's connection is dropped (as by a network failure,
     * without a close frame) and every later upgrade is refused.
     */
    synchronized void reachable(boolean reachable) {
        unreachable = !reachable;
        if (unreachable && bot != null) {
            bot.closeConnection(CloseFrame.ABNORMAL_CLOSE, "the gateway became unreachable");
        }
    }

    /** How many times a client tried to open the WebSocket (refused attempts included). */
    synchronized int attempts() {
        return attempts;
    }

    /** Waits until a client has tried to connect {@code count} times in all; false when it did not within the timeout. */
    synchronized boolean awaitAttempts(int count, java.time.Duration timeout) throws InterruptedException {
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
        bot = socket;
        identified = false;
        socket.send("{\"op\":10,\"d\":{\"heartbeat_interval\":" + HEARTBEAT_INTERVAL_MS + "}}");
    }

    private synchronized void received(WebSocket socket, String text) {
        if (socket != bot) {
            return;
        }
        JsonNode frame = parse(text);
        switch (frame.path("op").asInt(-1)) {
            case 1 -> socket.send("{\"op\":11}");
            case 2 -> {
                dispatch("READY", ready.get());
                dispatch("GUILD_CREATE", guildCreate.get());
                identified = true;
            }
            case 6 -> {
                dispatch("RESUMED", Payloads.object());
                identified = true;
            }
            default -> LOG.debug("Fake gateway ignores {}", text);
        }
    }

    private static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException("gateway frame is not JSON: " + text, e);
        }
    }

    private synchronized void closed(WebSocket socket) {
        if (socket == bot) {
            bot = null;
        }
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
