package com.studybot.adapter.discord;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

/**
 * A shard shut down while it reconnects (the bot told to stop during an outage) can receive the gateway's HELLO
 * after its pools closed; JDA then logs "Encountered exception on lifecycle level" at ERROR with the stack trace of
 * the heartbeat it could not schedule. Nothing is lost, the shard is going away, and a busy-machine CI run showed it
 * in about half of such closes. This filter (installed by {@code LogSetup}) turns exactly that, an ERROR from JDA
 * whose cause is a task refused by a pool that is shutting down or terminated, into one DEBUG line; every other
 * ERROR passes.
 */
public final class ShutdownRaceFilter extends TurboFilter {
    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(ShutdownRaceFilter.class);

    @Override
    public FilterReply decide(
            Marker marker, Logger logger, Level level, String format, Object[] params, Throwable thrown) {
        if (level != Level.ERROR || !logger.getName().startsWith("net.dv8tion.jda")) {
            return FilterReply.NEUTRAL;
        }
        Throwable cause = thrown != null ? thrown : lastThrowable(params);
        if (cause instanceof RejectedExecutionException refused && byAClosingPool(refused)) {
            LOG.debug("JDA's pools had closed when a shard's event arrived (shut down while reconnecting): {}", format);
            return FilterReply.DENY;
        }
        return FilterReply.NEUTRAL;
    }

    /** A refusal by a {@link java.util.concurrent.ThreadPoolExecutor} that is closing says so in its message. */
    static boolean byAClosingPool(RejectedExecutionException refused) {
        String message = refused.getMessage();
        return message != null && (message.contains("[Shutting down") || message.contains("[Terminated"));
    }

    private static Throwable lastThrowable(Object[] params) {
        if (params == null || params.length == 0) {
            return null;
        }
        return params[params.length - 1] instanceof Throwable t ? t : null;
    }
}
