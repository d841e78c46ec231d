package com.studybot.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The loopback HTTP server under the model stubs (JDK HttpServer): one route, each request body recorded,
 * and, after {@link #hang()}, no answer until the test closes it.
 */
abstract class LoopbackModelServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private final Object arrivals = new Object();
    private volatile boolean hang;

    LoopbackModelServer(String path) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext(path, exchange -> {
            String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(request);
            synchronized (arrivals) {
                arrivals.notifyAll();
            }
            if (hang) {
                try {
                    released.await(30, TimeUnit.SECONDS); // a server that never answers in time
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            answer(exchange, request);
            exchange.close();
        });
        server.start();
    }

    /** Answers one recorded request. */
    abstract void answer(HttpExchange exchange, String request) throws IOException;

    final String root() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    static void send(HttpExchange exchange, int status, String type, String text) throws IOException {
        byte[] out = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, out.length);
        exchange.getResponseBody().write(out);
    }

    /** A chunked 200 response, each part flushed as it is written. */
    static void sendStream(HttpExchange exchange, String type, List<String> parts) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            for (String part : parts) {
                out.write(part.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        }
    }

    public final void hang() {
        hang = true;
    }

    /** Waits until {@code count} requests have arrived (an event, not a time budget); false at the time-out. */
    public final boolean awaitRequests(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (arrivals) {
            while (requests.size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(arrivals, left);
            }
        }
        return true;
    }

    public final List<String> requests() {
        return requests;
    }

    @Override
    public final void close() {
        released.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
