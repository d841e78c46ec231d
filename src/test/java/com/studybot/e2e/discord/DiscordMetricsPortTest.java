package com.studybot.e2e.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.e2e.discord.fake.FakeDiscord;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An operator's metrics port that another program holds: one line naming it, exit 2, before Discord is touched. */
final class DiscordMetricsPortTest {
    @TempDir
    Path root;

    @Test
    void aTakenMetricsPortEndsStartUpWithOneLineBeforeConnecting() throws Exception {
        try (var discord = FakeDiscord.start();
                var taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Path content = Files.createDirectories(root.resolve("content"));
            Files.writeString(content.resolve("aws.md"), Notes.all().get("aws/services.md"), StandardCharsets.UTF_8);
            Path err = root.resolve("err.log");
            var pb = BotProcess.builder(content, root.resolve("data"), discord, FakeDiscord.TOKEN)
                    .redirectOutput(root.resolve("out.log").toFile())
                    .redirectError(err.toFile());
            pb.environment().put("STUDYBOT_METRICS_PORT", Integer.toString(taken.getLocalPort()));
            Process bot = pb.start();
            try {
                assertThat(bot.waitFor(120, TimeUnit.SECONDS)).as("exited").isTrue();
                String stderr = Files.readString(err);
                assertThat(bot.exitValue()).as(stderr).isEqualTo(2);
                assertThat(stderr)
                        .contains("the metrics endpoint cannot listen on 127.0.0.1:" + taken.getLocalPort())
                        .doesNotContain("\tat ")
                        .doesNotContain("Exception");
                assertThat(discord.calls()).as("Discord is not contacted").isEmpty();
            } finally {
                bot.destroyForcibly();
            }
        }
    }
}
