package com.studybot.e2e.discord;

import static com.studybot.e2e.discord.BotFixture.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.studybot.QuizWiring;
import com.studybot.adapter.persistence.Database;
import com.studybot.adapter.persistence.JdbcPostLedger;
import com.studybot.e2e.discord.fake.FakeDiscord;
import com.studybot.e2e.discord.fake.Permissions;
import com.studybot.e2e.discord.fake.Reply;
import com.studybot.e2e.discord.fake.TestUser;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daily quiz on Discord, with the bot's clock moved by the test: setup, post, answers, reveal, restarts, DST. */
final class DiscordDailyTest {
    @TempDir
    Path root;

    private FakeDiscord discord;
    private BotFixture bot;
    private TestUser admin;
    private TestUser alice;
    private TestUser bob;

    private String closed;

    @BeforeEach
    void startTheBot() throws Exception {
        discord = FakeDiscord.start();
        closed = discord.addChannel("announcements", Permissions.SEND_MESSAGES | Permissions.EMBED_LINKS);
        admin = discord.user("admin", Permissions.MANAGE_SERVER);
        alice = discord.user("alice");
        bob = discord.user("bob");
        bot = BotFixture.start(root, Notes.all(), discord);
    }

    @AfterEach
    void stopTheBot() throws Exception {
        bot.closeAndCheck(false);
    }

    private Reply setup(String time, String zone) {
        return admin.slash("daily setup", Map.of("time", time, "timezone", zone, "reveal", 30L))
                .awaitReply(TIMEOUT);
    }

    private List<JsonNode> posts() {
        return discord.messages(discord.channelId());
    }

    private static List<String[]> buttons(JsonNode message) {
        var out = new ArrayList<String[]>();
        message.path("components")
                .forEach(row -> row.path("components")
                        .forEach(b -> out.add(new String[] {
                            b.path("custom_id").asText(), b.path("label").asText()
                        })));
        return out;
    }

    @Test
    void theQuizIsPostedAtItsLocalTimeAnsweredOncePerMemberAndRevealedWithTheTally() {
        // GIVEN a daily quiz at 09:00 in Berlin (08:00Z in winter), revealed 30 minutes later
        Reply set = setup("09:00", "Europe/Berlin");
        // WHEN the clock reaches 07:59Z, then 08:00Z
        bot.clock.set(Instant.parse("2026-01-15T07:59:00Z"));
        bot.tickDaily();
        int before = posts().size();
        bot.clock.set(Instant.parse("2026-01-15T08:00:00Z"));
        bot.tickDaily();
        bot.tickDaily();
        // THEN one post, with answer buttons
        assertThat(set.ephemeral()).isTrue();
        assertThat(set.text()).contains("every day at 09:00 Europe/Berlin");
        assertThat(before).isZero();
        assertThat(posts()).hasSize(1);
        JsonNode post = posts().get(0);
        assertThat(post.path("content").asText()).contains("Daily quiz, 2026-01-15");
        List<String[]> options = buttons(post);
        assertThat(options).hasSize(4);
        // WHEN alice and bob answer differently, and alice again
        String messageId = post.path("id").asText();
        Reply aliceFirst = alice.clickId(messageId, options.get(0)[0]).awaitReply(TIMEOUT);
        Reply aliceAgain = alice.clickId(messageId, options.get(1)[0]).awaitReply(TIMEOUT);
        bob.clickId(messageId, options.get(1)[0]).awaitReply(TIMEOUT);
        // THEN answers are private, and the first counts
        assertThat(aliceFirst.ephemeral()).isTrue();
        assertThat(aliceFirst.text()).startsWith("Got it: you chose A.");
        assertThat(aliceAgain.text()).contains("You answered this one already (A)");
        // WHEN the reveal time comes
        bot.clock.set(Instant.parse("2026-01-15T08:30:00Z"));
        bot.tickDaily();
        bot.tickDaily();
        Reply late = bob.clickId(messageId, options.get(2)[0]).awaitReply(TIMEOUT);
        // THEN the answer, the passage and the tally are shown once, and the quiz is closed
        assertThat(posts()).hasSize(2);
        String reveal = posts().get(1).path("content").asText();
        assertThat(reveal)
                .contains("Answers to the daily quiz of 2026-01-15")
                .containsPattern("2 answered, (0|50)% right");
        assertThat(reveal).contains("— aws/services.md");
        assertThat(late.text()).contains("closed");
    }

    @Test
    void aClaimLeftUnsentByACrashIsPostedOnceAfterTheRestart() throws Exception {
        // GIVEN the 09:00 post of 15 January was claimed with a question, then the process died before sending it
        setup("09:00", "Europe/Berlin");
        String question = QuizWiring.questionPool(root.resolve("content"), 1_000_000).all().items().stream()
                .filter(i -> i.choice().isPresent())
                .findFirst()
                .orElseThrow()
                .id();
        try (var db = Database.sqlite(root.resolve("data/studybot.db"))) {
            new JdbcPostLedger(db.dataSource())
                    .claim(
                            discord.guildId(),
                            LocalDate.parse("2026-01-15"),
                            List.of(question),
                            Instant.parse("2026-01-15T08:00:00Z"));
        }
        // WHEN the bot comes back within the catch-up window and runs its rounds
        bot.restart();
        bot.clock.set(Instant.parse("2026-01-15T08:10:00Z"));
        bot.tickDaily();
        bot.tickDaily();
        // THEN the claimed post is completed exactly once, with the claimed question
        assertThat(posts()).hasSize(1);
        assertThat(posts().get(0).path("content").asText()).contains("Daily quiz, 2026-01-15");
        assertThat(buttons(posts().get(0))).hasSize(4);
    }

    @Test
    void aPostSentButNotRecordedBeforeACrashIsNotDoubledByTheRestartedBot() throws Exception {
        // GIVEN the 09:00 post of 15 January went out, then the process died before recording it as sent
        setup("09:00", "Europe/Berlin");
        bot.clock.set(Instant.parse("2026-01-15T08:00:00Z"));
        bot.tickDaily();
        assertThat(posts()).hasSize(1);
        try (var db = Database.sqlite(root.resolve("data/studybot.db"));
                var c = db.dataSource().getConnection();
                var st = c.createStatement()) {
            assertThat(st.executeUpdate("UPDATE daily_post SET message_id = NULL"))
                    .isEqualTo(1);
        }
        // WHEN the bot comes back and completes the claim it finds unsent
        bot.restart();
        bot.clock.set(Instant.parse("2026-01-15T08:01:00Z"));
        bot.tickDaily();
        bot.tickDaily();
        // THEN Discord got the same post again under the same key, and the channel shows it once
        assertThat(discord.calls())
                .filteredOn(c -> c.is("POST", "channels/[^/]+/messages"))
                .hasSize(2);
        assertThat(posts()).hasSize(1);
    }

    @Test
    void onTheDayTheClocksSkipTheTimeThePostComesWhenTheySpringForward() {
        // GIVEN 02:30 in New York, a time that does not exist on 8 March 2026
        setup("02:30", "America/New_York");
        // WHEN the clock passes the jump (02:00 EST becomes 03:00 EDT at 07:00Z)
        bot.clock.set(Instant.parse("2026-03-08T06:59:00Z"));
        bot.tickDaily();
        int before = posts().size();
        bot.clock.set(Instant.parse("2026-03-08T07:00:00Z"));
        bot.tickDaily();
        // THEN it posts at the first valid instant
        assertThat(before).isZero();
        assertThat(posts()).hasSize(1);
    }

    @Test
    void onMondayAWeeklySummaryIsPostedOnce() {
        // GIVEN a daily quiz with the weekly summary
        admin.slash("daily setup", Map.of("time", "09:00", "timezone", "Europe/Berlin", "weekly", true))
                .awaitReply(TIMEOUT);
        // WHEN Monday's rounds run
        bot.clock.set(Instant.parse("2026-01-19T08:00:00Z"));
        bot.tickDaily();
        bot.tickDaily();
        // THEN the day's quiz and one summary of the week
        assertThat(posts())
                .extracting(p -> p.path("content").asText())
                .anySatisfy(c -> assertThat(c).contains("Daily quiz, 2026-01-19"))
                .filteredOn(c -> c.contains("The week of 2026-01-12 to 2026-01-18"))
                .hasSize(1);
    }

    @Test
    void setupRefusesABadZoneOrTimeAndMembersWithoutManageServer() {
        Reply badZone = setup("09:00", "Mars/Olympus");
        Reply badTime = setup("25:99", "Europe/Berlin");
        Reply member = alice.slash("daily status", Map.of()).awaitReply(TIMEOUT);
        Reply status = admin.slash("daily status", Map.of()).awaitReply(TIMEOUT);
        assertThat(badZone.text()).contains("Unknown time zone");
        assertThat(badTime.text()).contains("24-hour time like 07:30");
        assertThat(member.ephemeral()).isTrue();
        assertThat(member.text()).contains("Only members who can manage this server");
        assertThat(status.text()).contains("No daily quiz is set up");
    }

    @Test
    void nowPostsTodaysQuizOnceAndTimezonesAreSuggested() {
        setup("23:00", "Asia/Tokyo");
        bot.clock.set(Instant.parse("2026-05-01T03:00:00Z"));
        Reply first = admin.slash("daily now", Map.of()).awaitReply(TIMEOUT);
        Reply second = admin.slash("daily now", Map.of()).awaitReply(TIMEOUT);
        assertThat(first.text()).isEqualTo("Posted.");
        assertThat(second.text()).contains("already posted");
        assertThat(posts()).hasSize(1);
        assertThat(admin.autocomplete("daily setup", "timezone", "berl")).contains("Europe/Berlin");
    }

    @Test
    void setupRefusesAChannelTheBotCannotPostInAndSaysWhatItLacks() {
        // WHEN an admin sets up the daily quiz in a channel whose permissions deny the bot sending and embeds
        Reply refused = admin.slash(closed, "daily setup", Map.of("time", "09:00", "timezone", "Europe/Berlin"))
                .awaitReply(TIMEOUT);
        Reply status = admin.slash("daily status", Map.of()).awaitReply(TIMEOUT);
        // THEN nothing is set up, and the admin alone is told what to change
        assertThat(refused.ephemeral()).isTrue();
        assertThat(refused.text())
                .isEqualTo("I can't post the daily quiz in <#" + closed + ">: I lack Send Messages, Embed Links there."
                        + " Give me them in the channel's permissions, or pick another channel.");
        assertThat(status.text()).contains("No daily quiz is set up");
    }
}
