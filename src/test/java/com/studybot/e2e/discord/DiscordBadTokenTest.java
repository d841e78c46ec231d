package com.studybot.e2e.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.e2e.discord.fake.FakeDiscord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
            var pb = BotProcess.builder(content, root.resolve("data"), discord, "a-token-that-was-reset")
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            Process bot = pb.start();
            try {
                assertThat(bot.waitFor(120, TimeUnit.SECONDS)).as("exited").isTrue();
                String stderr = Files.readString(err);
                assertThat(bot.exitValue()).as(stderr).isEqualTo(2);
                assertThat(stderr)
                        .contains("studybot: Discord refused the bot token (401 Unauthorized): check DISCORD_TOKEN")
                        .doesNotContain("\tat ")
                        .doesNotContain("Exception");
                // a shard manager's first call is GET gateway/bot (the shard count), refused as users/@me would be
                assertThat(discord.answered(401)).extracting(c -> c.path()).containsExactly("gateway/bot");
            } finally {
                bot.destroyForcibly();
            }
        }
    }
}
