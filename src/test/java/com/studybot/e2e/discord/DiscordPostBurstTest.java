package com.studybot.e2e.discord;

import static com.studybot.e2e.discord.BotFixture.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.studybot.e2e.discord.fake.FakeDiscord;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Discord's burst limit on posts in a channel: JDA is answered 429, waits it out, and every post arrives in order. */
final class DiscordPostBurstTest {
    @TempDir
    Path root;

    private FakeDiscord discord;
    private BotFixture bot;

    @BeforeEach
    void startTheBot() throws Exception {
        discord = FakeDiscord.start();
        bot = BotFixture.start(root, Notes.all(), discord);
    }

    @AfterEach
    void stopTheBot() throws Exception {
        bot.closeAndCheck(false);
    }

    @Test
    void aBurstOfPostsIsRateLimitedAndArrivesInOrder() {
        // GIVEN the bot's client in the channel
        TextChannel channel = bot.jda().getTextChannelById(discord.channelId());
        // WHEN it queues eight posts at once, more than Discord's five in five seconds
        List<CompletableFuture<Message>> sent = IntStream.rangeClosed(1, 8)
                .mapToObj(i -> channel.sendMessage("post " + i).submit())
                .toList();
        sent.forEach(CompletableFuture::join);
        // THEN Discord answered 429 at least once, with the route limit's headers, and all eight arrived in order
        assertThat(discord.answered(429))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.path()).isEqualTo("channels/" + discord.channelId() + "/messages"));
        JsonNode last = discord.awaitPosts(discord.channelId(), 8, TIMEOUT);
        assertThat(last.path("content").asText()).isEqualTo("post 8");
        assertThat(discord.messages(discord.channelId()))
                .extracting(m -> m.path("content").asText())
                .containsExactly(
                        IntStream.rangeClosed(1, 8).mapToObj(i -> "post " + i).toArray(String[]::new));
    }
}
