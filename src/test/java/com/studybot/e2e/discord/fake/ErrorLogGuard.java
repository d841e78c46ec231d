package com.studybot.e2e.discord.fake;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Records ERROR events from JDA ({@code net.dv8tion}) and the bot or the fake ({@code com.studybot}), and the
 * bot's warnings about Discord requests that failed unattended ({@code DiscordFailures}):
 * JDA reports failed REST calls and unparseable payloads only in its log, so a test that ignored the
 * log would pass while the bot is broken. Attach before starting JDA, assert after shutting it down.
 *
 * <pre>{@code
 * try (var errors = ErrorLogGuard.attach()) {
 *     ... run the bot ...
 *     errors.assertNoErrors();
 * }
 * }</pre>
 */
public final class ErrorLogGuard implements AutoCloseable {
    private static final List<String> WATCHED = List.of("net.dv8tion", "com.studybot");

    private final Logger root;
    private final Recorder recorder = new Recorder();

    private ErrorLogGuard(Logger root) {
        this.root = root;
    }

    /** Attaches a recording appender to the root logger. */
    public static ErrorLogGuard attach() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ErrorLogGuard guard = new ErrorLogGuard(root);
        guard.recorder.setContext(root.getLoggerContext());
        guard.recorder.setName("fake-discord-error-guard");
        guard.recorder.start();
        root.addAppender(guard.recorder);
        return guard;
    }

    /** The ERROR events seen so far, as {@code logger: message (exception)}. */
    public List<String> errors() {
        synchronized (recorder) {
            return List.copyOf(recorder.errors);
        }
    }

    /** The ERROR events once there are at least {@code count}, waiting up to {@code timeout}; fails if they do not come. */
    public List<String> awaitErrors(int count, java.time.Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (recorder) {
            while (recorder.errors.size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("only " + recorder.errors.size() + " of " + count + " ERROR events within "
                            + timeout + ": " + recorder.errors);
                }
                try {
                    recorder.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted", e);
                }
            }
            return List.copyOf(recorder.errors);
        }
    }

    /** Fails with every recorded ERROR when there was any. */
    public void assertNoErrors() {
        List<String> errors = errors();
        if (!errors.isEmpty()) {
            throw new AssertionError("ERROR logged by JDA or studybot:\n  " + String.join("\n  ", errors));
        }
    }

    /** Detaches the appender. */
    @Override
    public void close() {
        root.detachAppender(recorder);
        recorder.stop();
    }

    private static final class Recorder extends AppenderBase<ILoggingEvent> {
        private final List<String> errors = new ArrayList<>();

        @Override
        protected void append(ILoggingEvent event) {
            boolean refused = event.getLoggerName().endsWith(".DiscordFailures"); // a failed request, as a warning
            if ((event.getLevel().isGreaterOrEqual(Level.ERROR) || refused) && watched(event.getLoggerName())) {
                synchronized (this) {
                    errors.add(event.getLoggerName() + ": " + event.getFormattedMessage() + cause(event));
                    notifyAll();
                }
            }
        }

        private static boolean watched(String logger) {
            return WATCHED.stream().anyMatch(logger::startsWith);
        }

        private static String cause(ILoggingEvent event) {
            IThrowableProxy thrown = event.getThrowableProxy();
            return thrown == null ? "" : " (" + thrown.getClassName() + ": " + thrown.getMessage() + ")";
        }
    }
}
