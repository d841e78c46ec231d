package com.studybot.adapter.discord;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.StatusChangeEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.SessionDisconnectEvent;
import net.dv8tion.jda.api.events.session.SessionRecreateEvent;
import net.dv8tion.jda.api.events.session.SessionResumeEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.hooks.IEventManager;
import net.dv8tion.jda.api.hooks.InterfacedEventManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One shard's event manager: hands every event to the listeners on {@code pool} (so the gateway's reader goes on
 * to the next event at once; the pool ends with the shard), and paces the gateway's reconnects. JDA resumes a dropped session at once and starts
 * its own growing delay afresh whenever a connection opens, so a gateway that accepts each connection and drops it
 * before its hello (a proxy in front of a failing gateway) was tried about once a second forever, two log lines
 * each time. Here the second drop in a row without the session coming back waits {@code backoff}'s first delay
 * before JDA may try again, the third twice that, and so on; each drop is one line naming the next wait. The wait
 * holds JDA's reconnecting thread (as its own delay does) and ends at once when the shard shuts down.
 */
final class PacedEvents implements IEventManager {
    private static final Logger LOG = LoggerFactory.getLogger(PacedEvents.class);

    private final InterfacedEventManager listeners = new InterfacedEventManager();
    private final ExecutorService pool;
    private final GatewayBackoff backoff;
    private int dropsInARow;
    private boolean shuttingDown;

    PacedEvents(ExecutorService pool, GatewayBackoff backoff) {
        this.pool = pool;
        this.backoff = backoff;
    }

    @Override
    public void handle(GenericEvent event) {
        if (event instanceof SessionDisconnectEvent drop) {
            pace(drop);
        } else if (event instanceof ReadyEvent
                || event instanceof SessionResumeEvent
                || event instanceof SessionRecreateEvent) {
            back();
        } else if (event instanceof StatusChangeEvent change && stopping(change.getNewStatus())) {
            shutDown();
        }
        try {
            pool.execute(() -> listeners.handle(event));
        } catch (RejectedExecutionException e) {
            LOG.debug(
                    "Event {} after the shard's event pool closed",
                    event.getClass().getSimpleName());
        }
        if (event instanceof ShutdownEvent) {
            pool.shutdown(); // the shard's last event: its listeners run, then the pool's threads end
        }
    }

    /**
     * Released at SHUTDOWN, not SHUTTING_DOWN: by then JDA no longer reconnects, where a release at the first would
     * let the held thread connect once more while the shard's pools close (a busy-machine CI run caught that). A
     * disconnected shard reaches SHUTDOWN on the thread that shuts it down, not on the held one.
     */
    private static boolean stopping(JDA.Status status) {
        return status == JDA.Status.SHUTDOWN;
    }

    private synchronized void back() {
        dropsInARow = 0;
    }

    private synchronized void shutDown() {
        shuttingDown = true;
        notifyAll();
    }

    /** Logs the drop and, from the second in a row, waits before JDA's next attempt. */
    private synchronized void pace(SessionDisconnectEvent drop) {
        dropsInARow++;
        String code = drop.getCloseCode() == null
                ? "none"
                : String.valueOf(drop.getCloseCode().getCode());
        if (dropsInARow == 1) {
            LOG.warn("Lost the connection to Discord's gateway (close code {}); trying to resume", code);
            return;
        }
        Duration wait = backoff.delay(dropsInARow - 1);
        LOG.warn(
                "Discord's gateway dropped the connection again (close code {}, {} in a row); next attempt in {} s",
                code,
                dropsInARow,
                wait.toSeconds());
        long end = System.nanoTime() + wait.toNanos();
        try {
            for (long left = wait.toNanos(); left > 0 && !shuttingDown; left = end - System.nanoTime()) {
                wait(left / 1_000_000, (int) (left % 1_000_000));
            }
        } catch (InterruptedException e) {
            // JDA interrupts its reconnecting thread to stop it: the interrupt is its own, let it see it
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void register(Object listener) {
        listeners.register(listener);
    }

    @Override
    public void unregister(Object listener) {
        listeners.unregister(listener);
    }

    @Override
    public List<Object> getRegisteredListeners() {
        return listeners.getRegisteredListeners();
    }
}
