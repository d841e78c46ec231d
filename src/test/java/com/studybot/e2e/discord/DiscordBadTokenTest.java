package com.studybot.e2e.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.e2e.discord.fake.FakeDiscord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An operator's wrong token: one line saying so, exit 2, no stack trace (the fake refuses it as Discord does). */
final class DiscordBadTokenTest {
    @TempDir
    Path root;

    @Test
    void aTokenDiscordRefusesEndsStartUpWithOneLine() throws Exception {
        try (var discord = FakeDiscord.start()) {
            Path content = Files.createDirectories(root.resolve("content"));
            Files.writeString(content.resolve("aws.md"), Notes.all().get("aws/services.md"), StandardCharsets.UTF_8);
            Path out = root.resolve("out.log");
            Path err = root.resolve("err.log");
            var pb = new ProcessBuilder(List.of(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            "com.studybot.App",
                            "--content",
                            content.toString(),
                            "--data",
                            root.resolve("data").toString()))
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            pb.environment()
                    .putAll(Map.of(
                            "DISCORD_TOKEN", "a-token-that-was-reset",
                            "STUDYBOT_DISCORD_REST_URL", discord.restBaseUrl(),
                            "STUDYBOT_DISCORD_GATEWAY_URL", discord.gatewayUrl()));
            Process bot = pb.start();
            try {
                assertThat(bot.waitFor(120, TimeUnit.SECONDS)).as("exited").isTrue();
                String stderr = Files.readString(err);
                assertThat(bot.exitValue()).as(stderr).isEqualTo(2);
                assertThat(stderr)
                        .contains("studybot: Discord refused the bot token (401 Unauthorized): check DISCORD_TOKEN")
                        .doesNotContain("\tat ")
                        .doesNotContain("Exception");
                assertThat(discord.calls()).anySatisfy(c -> assertThat(c.path()).isEqualTo("users/@me"));
            } finally {
                bot.destroyForcibly();
            }
        }
    }
}
