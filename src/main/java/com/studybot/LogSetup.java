package com.studybot;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import com.studybot.adapter.discord.ShutdownRaceFilter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;

/**
 * studybot's logging, set up in code (logback finds it as a service): logs go to stderr, since stdout carries only
 * answers (the JSON batch contract depends on it); studybot logs at {@code STUDYBOT_LOG_LEVEL} (INFO by default),
 * libraries at WARN, and ONNX Runtime, DJL and PDFBox, which warn about missing GPUs and odd fonts on every start,
 * at ERROR; JDA's harmless shutdown race is one DEBUG line ({@link ShutdownRaceFilter}). Reading a logback.xml took ≈ 0.4 s of every start (issue 16); a {@code logback.xml} or {@code
 * logback-test.xml} on the classpath, or {@code -Dlogback.configurationFile}, still wins over this.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{0} - %msg%n";

    private static final Map<String, Level> QUIET = Map.of(
            "ai.djl", Level.ERROR,
            "ai.onnxruntime", Level.ERROR,
            "org.apache.pdfbox", Level.ERROR,
            "org.apache.fontbox", Level.ERROR);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || LogSetup.class.getResource("/logback-test.xml") != null
                || LogSetup.class.getResource("/logback.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        var encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        var stderr = new ConsoleAppender<ILoggingEvent>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        context.getLogger("com.studybot").setLevel(level());
        QUIET.forEach((name, level) -> context.getLogger(name).setLevel(level));
        var race = new ShutdownRaceFilter(); // JDA's ERROR when a shard closes during a handshake: one DEBUG line
        race.setContext(context);
        race.start();
        context.addTurboFilter(race);
        var root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private static Level level() {
        String value = Optional.ofNullable(System.getProperty("STUDYBOT_LOG_LEVEL"))
                .orElse(System.getenv("STUDYBOT_LOG_LEVEL"));
        return Level.toLevel(value, Level.INFO);
    }
}
