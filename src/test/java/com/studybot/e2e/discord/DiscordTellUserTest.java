package com.studybot.e2e.discord;

import static com.studybot.e2e.discord.BotFixture.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.e2e.discord.fake.FakeDiscord;
import com.studybot.e2e.discord.fake.Permissions;
import com.studybot.e2e.discord.fake.Reply;
import com.studybot.e2e.discord.fake.TestUser;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When Discord refuses or fails a reply, the user is told what they can be told (a short plain reply, what
 * permission is missing), and the log has one line with the same reference; when the interaction expired, only the
 * log knows.
 */
final class DiscordTellUserTest {
    private static final String REF = "ref ([A-Z0-9]{6})";

    @TempDir
    Path root;

    private FakeDiscord discord;
    private BotFixture bot;
    private TestUser alice;
    private boolean errorExpected;

    @BeforeEach
    void startTheBot() throws Exception {
        discord = FakeDiscord.start();
        alice = discord.user("alice");
        bot = BotFixture.start(root, DiscordGameTest.notes(), discord);
        bot.clock.set(Instant.parse("2026-12-09T10:00:00Z"));
    }

    @AfterEach
    void stopTheBot() throws Exception {
        bot.closeAndCheck(errorExpected);
    }

    private static String ref(String text) {
        return text.replaceAll("(?s).*" + REF + ".*", "$1");
    }

    @Test
    void aReplyDiscordRefusesIsReplacedByAShortPlainOne() {
        // GIVEN Discord will refuse the next edit of a deferred reply (50035)
        errorExpected = true;
        discord.faults().refuseNextOriginalEdit();
        // WHEN alice asks for the topics
        var topics = alice.slash("topics", Map.of());
        Reply refused = topics.awaitReply(TIMEOUT);
        Reply fallback = topics.awaitEdit(TIMEOUT);
        // THEN she sees a short message with a reference instead of "thinking…" for ever
        assertThat(refused.text()).contains("**Topics**");
        assertThat(fallback.ephemeral()).isTrue();
        assertThat(fallback.text()).startsWith("Discord refused this reply (Invalid Form Body, 50035); ref ");
        // and the log has one line for it: command, guild and the same reference
        assertThat(bot.errors.awaitErrors(1, TIMEOUT))
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .contains("PATCH webhooks/", "/topics", "guild " + discord.guildId())
                        .contains("ref " + ref(fallback.text()), "Invalid Form Body (50035)", "the user is told"));
    }

    @Test
    void aReplyDiscordFailsToDeliverIsReplacedByAShortPlainOne() {
        // GIVEN Discord fails the next edit of a deferred reply with a 500 (one JDA does not retry)
        errorExpected = true;
        discord.faults().failNextOriginalEdit(500);
        // WHEN
        var topics = alice.slash("topics", Map.of());
        topics.awaitReply(TIMEOUT);
        Reply fallback = topics.awaitEdit(TIMEOUT);
        // THEN
        assertThat(fallback.text()).startsWith("Discord had trouble delivering this reply (HTTP 500); ref ");
        assertThat(bot.errors.awaitErrors(1, TIMEOUT))
                .singleElement()
                .satisfies(line -> assertThat(line).contains("ref " + ref(fallback.text()), "the user is told"));
    }

    @Test
    void anExpiredInteractionIsOnlyLoggedOnce() {
        // GIVEN Discord will answer the next callback "Unknown interaction" (10062), as to a late one
        errorExpected = true;
        discord.faults().expireNextCallback();
        // WHEN alice asks for help, and then for the topics (which goes through)
        alice.slash("help", Map.of()).awaitAcknowledged(TIMEOUT);
        var logged = bot.errors.awaitErrors(1, TIMEOUT);
        alice.slash("topics", Map.of()).awaitReply(TIMEOUT);
        // THEN the only trace of the help is one log line: nothing else was sent for it
        assertThat(logged).isEqualTo(bot.errors.errors());
        assertThat(logged)
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .contains("POST interactions/", "/help", "Unknown interaction (10062)", "nothing to tell"));
        assertThat(discord.calls().stream().filter(c -> c.path().startsWith("webhooks/")))
                .allSatisfy(c -> assertThat(c.method()).isEqualTo("PATCH")) // the topics' edit only
                .hasSize(1);
    }

    @Test
    void aGamePostDiscordRefusesForAPermissionIsToldToTheStarter() {
        // GIVEN alice opened a game, and the bot's permissions in the channel changed (Discord refuses posts: 50013)
        var start = alice.slash("quiz group start", Map.of("count", 1L));
        Reply lobby = start.awaitReply(TIMEOUT);
        discord.faults().refuseNextPost(discord.channelId());
        // WHEN she starts it: its first question cannot be posted
        alice.click(lobby, "Start now (host)").awaitReply(TIMEOUT);
        Reply told = start.awaitFollowUp(TIMEOUT);
        // THEN she alone is told, under her command, what is missing
        assertThat(discord.answered(403)).hasSize(1);
        assertThat(told.ephemeral()).isTrue();
        assertThat(told.text())
                .contains("I couldn't post in this channel", "View Channel, Send Messages and Embed Links")
                .contains("`/quiz group stop` ends it");
    }

    @Test
    void aGameInAChannelWhereTheBotMayNotPostSaysWhichPermissionIsMissing() {
        // GIVEN a channel whose overwrites deny the bot sending messages (JDA knows, and refuses before asking)
        String quiet = discord.addChannel("quiet", Permissions.SEND_MESSAGES);
        var start = alice.slash(quiet, "quiz group start", Map.of("count", 1L));
        Reply lobby = start.awaitReply(TIMEOUT);
        // WHEN alice starts the game there
        alice.click(lobby, "Start now (host)").awaitReply(TIMEOUT);
        Reply told = start.awaitFollowUp(TIMEOUT);
        // THEN she is told which permission to give
        assertThat(told.ephemeral()).isTrue();
        assertThat(told.text()).contains("I lack the **Send Messages** permission here");
        assertThat(discord.messages(quiet)).isEmpty();
    }
}
