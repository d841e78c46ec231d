package com.studybot.adapter.discord;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.requests.RestRateLimiter;
import net.dv8tion.jda.api.utils.SessionController;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens JDA's gateway sessions one at a time, and when one cannot connect (a firewall, an outage) tries again after
 * a {@link GatewayBackoff} delay, saying so in one line per attempt. JDA's own {@link SessionControllerAdapter} puts a
 * failed session straight back in its queue: it retried hundreds of times a second, each with a stack trace.
 * Closing JDA removes its session, which ends the wait at once.
 */
public final class BackoffSessionController implements SessionController {
    private static final Logger LOG = LoggerFactory.getLogger(BackoffSessionController.class);
    private static final String STATUS_LINE = "The status line is: ";
    private static final Duration IDENTIFY_SPACING = Duration.ofSeconds(IDENTIFY_DELAY);

    /** Waits between attempts (interruptibly: closing JDA interrupts it); tests record the delays instead. */
    @FunctionalInterface
    public interface Pause {
        Pause SLEEP = delay -> Thread.sleep(delay.toMillis());

        void pause(Duration delay) throws InterruptedException;
    }

    private final Optional<String> gateway;
    private final GatewayBackoff backoff;
    private final Pause pause;
    /** Answers what this class does not change: the sharded gateway and the global rate limit. */
    private final SessionControllerAdapter plain = new SessionControllerAdapter();

    private final BlockingDeque<SessionConnectNode> queue = new LinkedBlockingDeque<>();
    private Thread worker;
    private SessionConnectNode current;
    private boolean cancelled;

    /** {@code gateway}: a gateway URL other than Discord's (the tests' fake Discord). */
    public BackoffSessionController(Optional<String> gateway, GatewayBackoff backoff, Pause pause) {
        this.gateway = gateway;
        this.backoff = backoff;
        this.pause = pause;
    }

    @Override
    public String getGateway() {
        return gateway.orElseGet(SessionController.super::getGateway);
    }

    @Override
    public synchronized void appendSession(SessionConnectNode node) {
        queue.remove(node);
        queue.add(node);
        if (worker == null) {
            worker = new Thread(this::work, "studybot-gateway-sessions");
            worker.setDaemon(true);
            worker.start();
        }
    }

    @Override
    public synchronized void removeSession(SessionConnectNode node) {
        queue.remove(node);
        if (node.equals(current)) {
            cancelled = true;
            worker.interrupt();
        }
    }

    @Override
    public RestRateLimiter.GlobalRateLimit getRateLimitHandle() {
        return plain.getRateLimitHandle();
    }

    /**
     * Discord's answer to {@code GET gateway/bot} (the shard count it recommends, how many may identify at once),
     * with the configured gateway URL in place of Discord's: a shard manager connects to this URL.
     */
    @Override
    public ShardedGateway getShardedGateway(JDA api) {
        ShardedGateway asked = plain.getShardedGateway(api);
        return gateway.map(url -> new ShardedGateway(url, asked.getShardTotal(), asked.getConcurrency()))
                .orElse(asked);
    }

    private void work() {
        long lastConnect = 0;
        for (SessionConnectNode node = next(); node != null; node = next()) {
            long since = System.nanoTime() - lastConnect;
            if (lastConnect != 0 && since < IDENTIFY_SPACING.toNanos()) { // Discord allows one IDENTIFY per 5 s
                attempt(() -> pause.pause(IDENTIFY_SPACING.minusNanos(since)));
            }
            connect(node);
            lastConnect = System.nanoTime();
        }
    }

    /** Runs {@code node} until it connects, JDA is closed, or the session is removed. */
    private void connect(SessionConnectNode node) {
        for (int failures = 1; !isCancelled(); failures++) {
            Optional<RuntimeException> failed = attempt(() -> node.run(queue.isEmpty()));
            if (failed.isEmpty() || isCancelled() || isShutDown(node.getJDA())) {
                if (failures > 1 && failed.isEmpty() && !isCancelled()) {
                    LOG.info("Reached Discord's gateway at attempt {}", failures);
                }
                return;
            }
            Duration delay = backoff.delay(failures);
            LOG.warn(
                    "Discord's gateway {} cannot be reached (attempt {}: {}); next attempt in {} s",
                    getGateway(),
                    failures,
                    reason(failed.get()),
                    delay.toSeconds());
            LOG.debug("Gateway connection failure", failed.get());
            attempt(() -> pause.pause(delay));
        }
    }

    /** A step that JDA closing may interrupt. */
    private interface Step {
        void run() throws InterruptedException;
    }

    private Optional<RuntimeException> attempt(Step step) {
        try {
            step.run();
            return Optional.empty();
        } catch (InterruptedException e) {
            synchronized (this) {
                cancelled = true;
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(e);
        }
    }

    private synchronized SessionConnectNode next() {
        Thread.interrupted(); // a removal's interrupt is handled; it must not cut short the next session
        current = queue.poll();
        cancelled = false;
        if (current == null) {
            worker = null;
        }
        return current;
    }

    private synchronized boolean isCancelled() {
        return cancelled;
    }

    private static boolean isShutDown(JDA jda) {
        return jda.getStatus() == JDA.Status.SHUTDOWN || jda.getStatus() == JDA.Status.SHUTTING_DOWN;
    }

    /** The innermost message ("Connection refused"), or the HTTP status line of a refused upgrade. */
    private static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int status = message.indexOf(STATUS_LINE); // a refused upgrade: nv-websocket's long sentence, then the line
        return status < 0 ? message : message.substring(status + STATUS_LINE.length());
    }
}
