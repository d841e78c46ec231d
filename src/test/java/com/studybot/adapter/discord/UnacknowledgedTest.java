package com.studybot.adapter.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;

final class UnacknowledgedTest {
    private final AtomicLong now = new AtomicLong();
    private final Unacknowledged unacknowledged = new Unacknowledged(now::get);

    @Test
    void nothingWaitsWhenEveryInteractionWasAnswered() throws Exception {
        unacknowledged.arrived("t1");
        unacknowledged.arrived("t2");
        unacknowledged.answered("t1");
        unacknowledged.answered("t2");

        assertThat(unacknowledged.waiting()).isZero();
        assertThat(unacknowledged.awaitNone(Duration.ZERO)).isTrue();
    }

    @Test
    void workWaitsForTheLastAcknowledgementAndNoLonger() throws Exception {
        unacknowledged.arrived("t1");
        unacknowledged.arrived("t2");
        unacknowledged.answered("t1");
        assertThat(unacknowledged.awaitNone(Duration.ZERO)).isFalse(); // t2 still waits

        var started = new CountDownLatch(1);
        CompletableFuture<Boolean> work = CompletableFuture.supplyAsync(() -> {
            started.countDown();
            try {
                return unacknowledged.awaitNone(Duration.ofMinutes(5));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        started.await();
        unacknowledged.answered("t2");

        assertThat(work.get(1, TimeUnit.MINUTES)).isTrue();
    }

    @Test
    void anInteractionNeverAcknowledgedIsForgottenAfterDiscordsDeadline() throws Exception {
        unacknowledged.arrived("lost");
        assertThat(unacknowledged.waiting()).isEqualTo(1);

        now.addAndGet(Unacknowledged.DEADLINE.toNanos() + 1);

        assertThat(unacknowledged.waiting()).isZero();
        assertThat(unacknowledged.awaitNone(Duration.ZERO)).isTrue();
    }

    @Test
    void theWatchSeesTheEndOfACallbackExchangeEvenWhenItFails() throws Exception {
        var server =
                com.sun.net.httpserver.HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().contains("/1/") ? 204 : 404, -1);
            exchange.close();
        });
        server.start();
        try {
            var client = new OkHttpClient.Builder()
                    .addInterceptor(unacknowledged.watch())
                    .build();
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v10/interactions/";
            unacknowledged.arrived("token-a");
            unacknowledged.arrived("token-b");
            unacknowledged.arrived("token-c");

            post(client, base + "1/token-a/callback");
            post(client, base + "2/token-b/callback"); // refused: still the end of its exchange
            post(client, base + "3/token-c/other");

            assertThat(unacknowledged.waiting()).isEqualTo(1); // token-c had no callback
        } finally {
            server.stop(0);
        }
    }

    private static void post(OkHttpClient client, String url) throws IOException {
        var body = RequestBody.create("{}", MediaType.get("application/json"));
        try (var response = client.newCall(
                        new Request.Builder().url(url).post(body).build())
                .execute()) {
            assertThat(response.code()).isIn(204, 404);
        }
    }
}
