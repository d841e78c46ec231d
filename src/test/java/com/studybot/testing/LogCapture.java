package com.studybot.testing;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Records every event that reaches the root logger (studybot's INFO and up, libraries' WARN and up, as the
 * shipped logback.xml says), each as {@code LEVEL logger: message}; {@link #stackTraces()} counts those that carry
 * an exception. Use in try-with-resources around the code under test.
 */
public final class LogCapture implements AutoCloseable {
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Recorder recorder = new Recorder();

    private LogCapture() {}

    public static LogCapture attach() {
        LogCapture capture = new LogCapture();
        capture.recorder.setContext(capture.root.getLoggerContext());
        capture.recorder.setName("log-capture");
        capture.recorder.start();
        capture.root.addAppender(capture.recorder);
        return capture;
    }

    /** The lines seen so far, as {@code LEVEL logger: message} with the logger's simple name. */
    public List<String> lines() {
        synchronized (recorder) {
            return recorder.events.stream()
                    .map(e -> e.getLevel() + " " + simple(e.getLoggerName()) + ": " + e.getFormattedMessage())
                    .toList();
        }
    }

    /** How many of the events carried an exception (printed as a stack trace). */
    public long stackTraces() {
        synchronized (recorder) {
            return recorder.events.stream()
                    .filter(e -> e.getThrowableProxy() != null)
                    .count();
        }
    }

    /**
     * Waits until a line {@code wanted} is recorded, or {@code timeout} passes; true when it was. A success path waits
     * on the event itself: the timeout only bounds a failing test.
     */
    public boolean awaitLine(java.util.function.Predicate<String> wanted, java.time.Duration timeout)
            throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        synchronized (recorder) {
            while (lines().stream().noneMatch(wanted)) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                recorder.wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }

    /** Forgets what was recorded so far. */
    public void clear() {
        synchronized (recorder) {
            recorder.events.clear();
        }
    }

    @Override
    public void close() {
        root.detachAppender(recorder);
        recorder.stop();
    }

    private static String simple(String logger) {
        return logger.substring(logger.lastIndexOf('.') + 1);
    }

    private static final class Recorder extends AppenderBase<ILoggingEvent> {
        private final List<ILoggingEvent> events = new ArrayList<>();

        @Override
        protected synchronized void append(ILoggingEvent event) {
            events.add(event);
            notifyAll();
        }
    }
}
