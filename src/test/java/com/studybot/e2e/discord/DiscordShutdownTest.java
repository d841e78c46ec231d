package com.studybot.e2e.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.adapter.persistence.Database;
import com.studybot.e2e.discord.fake.FakeDiscord;
import com.studybot.e2e.discord.fake.Reply;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job with a token: the bot in its own process, stopped by SIGTERM as a service manager would. */
final class DiscordShutdownTest {
    @TempDir
    Path root;

    @Test
    void theBotStartsFromTheMainJobAndStopsCleanlyOnSigterm() throws Exception {
        try (var discord = FakeDiscord.start()) {
            // GIVEN notes, and studybot started with DISCORD_TOKEN pointing at the fake Discord
            var alice = discord.user("alice");
            Path content = Files.createDirectories(root.resolve("content"));
            Files.writeString(content.resolve("aws.md"), Notes.all().get("aws/services.md"), StandardCharsets.UTF_8);
            Path log = root.resolve("bot.log");
            var pb = BotProcess.builder(content, root.resolve("data"), discord, FakeDiscord.TOKEN)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Process bot = pb.start();
            try {
                discord.awaitCommands(Duration.ofSeconds(90));
                Reply help = alice.slash("help", Map.of()).awaitReply(BotFixture.TIMEOUT);
                // WHEN it is told to stop
                bot.destroy();
                boolean exited = bot.waitFor(60, TimeUnit.SECONDS);
                // THEN it answered while up, then finished its work, closed the database and exited
                assertThat(help.text()).contains("/quiz start");
                assertThat(exited).as("exited after SIGTERM").isTrue();
                String output = Files.readString(log);
                assertThat(output)
                        .contains("Stopping: finishing the interactions in flight")
                        .doesNotContain("ERROR");
                assertThat(bot.exitValue()).isEqualTo(143);
                try (var db = Database.sqlite(root.resolve("data/studybot.db"));
                        var connection = db.dataSource().getConnection()) {
                    assertThat(connection.isValid(5)).isTrue();
                }
            } finally {
                bot.destroyForcibly();
            }
        }
    }
}
