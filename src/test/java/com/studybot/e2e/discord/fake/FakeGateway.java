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
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fake gateway: a Java-WebSocket server on an ephemeral loopback port. It sends HELLO on open,
 * answers IDENTIFY with READY and GUILD_CREATE, RESUME with RESUMED, acknowledges heartbeats, and
 * numbers every dispatch. One bot connection at a time (the latest one).
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
