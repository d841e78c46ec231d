package com.studybot;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logging set up in code, as the logback.xml it replaced said: stderr only, studybot at INFO, libraries quieter. */
final class LogSetupTest {
    @Test
    void logsGoToStderrWithStudybotAtInfoAndNoisyLibrariesAtError() {
        // GIVEN a fresh logging context
        var context = new LoggerContext();
        var setup = new LogSetup();
        setup.setContext(context);
        // WHEN studybot sets it up
        var status = setup.configure(context);
        // THEN no other configuration runs, and the loggers are as the old logback.xml had them
        assertThat(status).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("com.studybot").getLevel())
                .isEqualTo(Level.toLevel(System.getenv("STUDYBOT_LOG_LEVEL"), Level.INFO));
        for (String noisy : new String[] {"ai.djl", "ai.onnxruntime", "org.apache.pdfbox", "org.apache.fontbox"}) {
            assertThat(context.getLogger(noisy).getLevel()).as(noisy).isEqualTo(Level.ERROR);
        }
        var appender =
                (ConsoleAppender<?>) context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR");
        assertThat(appender.getTarget()).isEqualTo("System.err");
        assertThat(((PatternLayoutEncoder) appender.getEncoder()).getPattern())
                .isEqualTo("%d{HH:mm:ss.SSS} %-5level %logger{0} - %msg%n");
    }

    @Test
    void theRunningProcessIsSetUpByIt() {
        // GIVEN this very JVM's logging (logback found LogSetup as a service; no logback.xml is shipped)
        var root = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        // THEN its root logger writes to stderr
        assertThat(root.getAppender("STDERR")).isInstanceOf(ConsoleAppender.class);
        assertThat(LogSetup.class.getResource("/logback.xml")).isNull();
    }
}
