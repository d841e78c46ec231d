package com.studybot.adapter.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.studybot.testing.LogCapture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The shipped logback.xml keeps JDA's shutdown race off the console and lets every other ERROR through. */
final class ShutdownRaceFilterTest {
    private static final Logger JDA = LoggerFactory.getLogger("net.dv8tion.jda.internal.requests.WebSocketClient");
    private static final String LIFECYCLE = "Encountered exception on lifecycle level\nJSON: {}";
    private static final String HELLO = "{\"op\":10,\"d\":{\"heartbeat_interval\":41250}}";

    @Test
    void aHeartbeatRefusedByAClosedPoolIsNotAnError() {
        var pool = new ScheduledThreadPoolExecutor(1);
        pool.shutdown();
        var refused = catchThrowableOfType(
                RejectedExecutionException.class, () -> pool.schedule(() -> {}, 1, TimeUnit.SECONDS));
        try (var logs = LogCapture.attach()) {
            JDA.error(LIFECYCLE, HELLO, refused);
            assertThat(logs.lines()).isEmpty();
        }
    }

    @Test
    void otherErrorsFromJdaStillShow() {
        var running = new RejectedExecutionException("Task x rejected from pool[Running, pool size = 1]");
        try (var logs = LogCapture.attach()) {
            JDA.error(LIFECYCLE, HELLO, running);
            JDA.error(LIFECYCLE, HELLO, new IllegalStateException("[Shutting down"));
            LoggerFactory.getLogger("com.studybot.Example").error("refused", refusedByAClosedPool());
            assertThat(logs.lines()).hasSize(3).allSatisfy(l -> assertThat(l).startsWith("ERROR "));
            assertThat(logs.stackTraces()).isEqualTo(3);
        }
    }

    private static RejectedExecutionException refusedByAClosedPool() {
        var pool = new ScheduledThreadPoolExecutor(1);
        pool.shutdownNow();
        return catchThrowableOfType(RejectedExecutionException.class, () -> pool.execute(() -> {}));
    }
}
