package com.studybot.e2e.discord;

import static com.studybot.e2e.discord.BotFixture.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.game.GameState;
import com.studybot.e2e.discord.fake.FakeDiscord;
import com.studybot.e2e.discord.fake.Reply;
import com.studybot.e2e.discord.fake.TestUser;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A group game end to end on the fake Discord with the real JDA client: three members play (one answers late,
 * one twice, one never), the bot restarts in the middle, the host skips and stops; the scores reach the
 * leaderboard and stats. The bot's clock is moved by the test; the bot's own one-second rounds and the test's
 * explicit ones may both move the game, so the test waits for the messages, not for a round.
 */
final class DiscordGameTest {
    static final Instant T0 = Instant.parse("2026-12-09T10:00:00Z");

    @TempDir
    Path root;

    private FakeDiscord discord;
    private BotFixture bot;
    private TestUser alice;
    private TestUser bob;
    private TestUser carol;

    static Map<String, String> notes() {
        String[][] services = {
            {"AWS Fargate", "a serverless compute engine that runs containers without servers to manage"},
            {"AWS Lambda", "a serverless compute service that runs code as functions when events arrive"},
            {"AWS X-Ray", "a distributed tracing service that follows requests across services"},
            {"Amazon CloudWatch", "a monitoring service that collects metrics and raises alarms"},
            {"Amazon S3", "an object storage service that keeps files as objects in buckets"},
            {"Amazon DynamoDB", "a key-value database service that answers in single-digit milliseconds"},
            {"Amazon SQS", "a message queue service that decouples producers from consumers"},
            {"Amazon Route 53", "a DNS service that routes users to endpoints by name"}
        };
        var lines = new ArrayList<String>();
        lines.add("# AWS services");
        for (String[] s : services) {
            lines.add("## " + s[0]);
            lines.add("**" + s[0] + "** is " + s[1] + ".");
            lines.add("");
        }
        return Map.of("aws/services.md", BotFixture.note(lines.toArray(String[]::new)));
    }

    @BeforeEach
    void startTheBot() throws Exception {
        discord = FakeDiscord.start();
        alice = discord.user("alice");
        bob = discord.user("bob");
        carol = discord.user("carol");
        bot = BotFixture.start(root, notes(), discord);
        bot.clock.set(T0);
    }

    @AfterEach
    void stopTheBot() throws Exception {
        bot.closeAndCheck(false);
    }

    private static List<Reply.Button> buttons(JsonNode message) {
        var out = new ArrayList<Reply.Button>();
        message.path("components")
                .forEach(row -> row.path("components")
                        .forEach(b -> out.add(new Reply.Button(
                                b.path("label").asText(),
                                b.path("custom_id").asText(),
                                b.path("style").asInt(),
                                b.path("disabled").asBoolean()))));
        return out;
    }

    /** The question the game in the channel is asking now (what a member who knows the notes would answer). */
    private Question asked() {
        var state = bot.games().state(discord.channelId()).orElseThrow();
        assertThat(state).isInstanceOf(GameState.Asking.class);
        var a = (GameState.Asking) state;
        return a.game().questions().get(a.index());
    }

    private String buttonFor(JsonNode message, Question q, boolean right) {
        int answer = q.options().indexOf(q.answer());
        int pick = right ? answer : (answer + 1) % q.options().size();
        return buttons(message).get(pick).customId();
    }

    private Reply click(TestUser who, JsonNode message, String customId) {
        return who.clickId(message.path("id").asText(), customId).awaitReply(TIMEOUT);
    }

    private JsonNode moveTo(long seconds, int posts) {
        bot.clock.set(T0.plusSeconds(seconds));
        bot.tickGames();
        return discord.awaitPosts(discord.channelId(), posts, TIMEOUT);
    }

    @Test
    void threeMembersPlayAcrossARestartWithASkipAndAStopAndTheScoresCount() throws Exception {
        // GIVEN alice starts a 5-question game of 20 seconds a question; bob and carol join
        Reply lobby = alice.slash("quiz group start", Map.of("count", 5L, "seconds", 20L))
                .awaitReply(TIMEOUT);
        assertThat(lobby.ephemeral()).isFalse();
        assertThat(lobby.text()).contains("Group quiz", "5 questions, 20 s each", "<t:");
        assertThat(lobby.buttons()).extracting(Reply.Button::label).containsExactly("Join", "Start now (host)");
        Reply bobJoins = bob.click(lobby, "Join").awaitReply(TIMEOUT);
        Reply carolJoins = carol.click(lobby, "Join").awaitReply(TIMEOUT);
        Reply carolStarts = carol.click(lobby, "Start now (host)").awaitReply(TIMEOUT);
        assertThat(bobJoins.ephemeral()).isTrue();
        assertThat(bobJoins.text()).isEqualTo("You're in! 2 players so far.");
        assertThat(carolJoins.text()).contains("3 players");
        assertThat(carolStarts.text()).contains("Only the game's host");

        // WHEN the lobby time is up: question 1, citation hidden, one button per option
        JsonNode q1 = moveTo(15, 1);
        Question first = asked();
        assertThat(q1.path("embeds").get(0).path("title").asText()).isEqualTo("Question 1/5");
        assertThat(q1.toString())
                .doesNotContain(first.citation())
                .contains("<t:" + T0.plusSeconds(35).getEpochSecond());
        assertThat(buttons(q1)).hasSize(first.options().size());
        // alice right at once, bob wrong and then again, carol never
        Reply aliceQ1 = click(alice, q1, buttonFor(q1, first, true));
        Reply bobQ1 = click(bob, q1, buttonFor(q1, first, false));
        Reply bobAgain = click(bob, q1, buttonFor(q1, first, true));
        assertThat(aliceQ1.ephemeral()).isTrue();
        assertThat(aliceQ1.text()).startsWith("🔒 Locked in:");
        assertThat(aliceQ1.text()).doesNotContain("right", "wrong");
        assertThat(bobAgain.text()).isEqualTo("You answered this one already: your first answer counts.");
        // the time runs out (carol never answered): the question's message becomes its reveal
        bot.clock.set(T0.plusSeconds(35));
        bot.tickGames();
        JsonNode revealed = discord.awaitEdits(q1.path("id").asText(), 1, TIMEOUT);
        assertThat(revealed.path("content").asText())
                .isEqualTo("📣 2 of 3 answered, 1 right; first right: <@" + alice.id() + ">.");
        assertThat(revealed.path("embeds").get(0).path("description").asText())
                .contains(first.answer(), first.citation());
        assertThat(buttons(revealed)).isEmpty();

        // question 2: bob right a second in; alice too late
        JsonNode q2 = moveTo(40, 2);
        Question second = asked();
        click(bob, q2, buttonFor(q2, second, true));
        bot.clock.set(T0.plusSeconds(61));
        Reply late = click(alice, q2, buttonFor(q2, second, true));
        assertThat(late.text()).isEqualTo("Time is up for this question.");
        bot.tickGames();
        discord.awaitEdits(q2.path("id").asText(), 1, TIMEOUT);

        // question 3: alice answers, then the bot restarts; bob's button from before the restart still works
        JsonNode q3 = moveTo(66, 3);
        Question third = asked();
        click(alice, q3, buttonFor(q3, third, true));
        bot.restart();
        bot.clock.set(T0.plusSeconds(70));
        Reply bobAfterRestart = click(bob, q3, buttonFor(q3, third, true));
        assertThat(bobAfterRestart.text()).startsWith("🔒 Locked in:");
        assertThat(((GameState.Asking) bot.games().state(discord.channelId()).orElseThrow()).deadline())
                .as("the remaining time is honoured")
                .isEqualTo(T0.plusSeconds(86));
        // the host skips: revealed now, and the scoreboard after three questions
        Reply skipped = alice.slash("quiz group skip", Map.of()).awaitReply(TIMEOUT);
        assertThat(skipped.ephemeral()).isTrue();
        discord.awaitEdits(q3.path("id").asText(), 1, TIMEOUT);
        JsonNode board = discord.awaitPosts(discord.channelId(), 4, TIMEOUT);
        assertThat(board.path("content").asText()).startsWith("🏆 **Scores** after 3 of 5");

        // question 4: carol may not stop the game; alice stops it
        JsonNode q4 = moveTo(75, 5);
        assertThat(q4.path("embeds").get(0).path("title").asText()).isEqualTo("Question 4/5");
        Reply carolStops = carol.slash("quiz group stop", Map.of()).awaitReply(TIMEOUT);
        assertThat(carolStops.text()).contains("Only the game's host");
        alice.slash("quiz group stop", Map.of()).awaitReply(TIMEOUT);
        JsonNode last = discord.awaitPosts(discord.channelId(), 6, TIMEOUT);
        String finals = last.path("content").asText();

        // THEN the final scores: alice 1000 + 1000 (instant answers); bob 0 (wrong), 1000 (instant), 900 (16 s of
        // 20 left after the restart); carol nothing
        assertThat(finals).startsWith("🏁 **Final scores**").contains("The game was stopped");
        var state = bot.games().state(discord.channelId()).orElseThrow();
        assertThat(state).isInstanceOf(GameState.Finished.class);
        var standings = state.game().standings();
        assertThat(standings).extracting(s -> s.member()).containsExactly(alice.id(), bob.id(), carol.id());
        assertThat(standings.get(0).points()).isEqualTo(2000);
        assertThat(standings.get(0).correct()).isEqualTo(2);
        assertThat(standings.get(1).correct()).isEqualTo(2);
        assertThat(standings.get(1).points()).isEqualTo(1900);
        assertThat(standings.get(1).answered()).isEqualTo(3);
        assertThat(standings.get(2).answered()).isZero();
        assertThat(finals).contains("<@" + alice.id() + "> — 2,000 points (2/2 right; best topic: aws)");
        // the answers count once for the server's leaderboard and each member's stats
        Reply leaderboard = alice.slash("leaderboard", Map.of()).awaitReply(TIMEOUT);
        assertThat(leaderboard.text())
                .contains("<@" + alice.id() + ">: 2 right of 2")
                .contains("<@" + bob.id() + ">: 2 right of 3");
        Reply stats = bob.slash("stats", Map.of()).awaitReply(TIMEOUT);
        assertThat(stats.text()).startsWith("**bob**: 2 of 3 right (67%)");
    }

    @Test
    void aTypedGameRevealsOnceEveryoneAnsweredPausesAndEndsItselfWhenNobodyAnswers() {
        // GIVEN a typed game of 5 questions that alice starts at once, with bob
        Reply lobby = alice.slash("quiz group start", Map.of("count", 5L, "seconds", 30L, "mode", "typed"))
                .awaitReply(TIMEOUT);
        bob.click(lobby, "Join").awaitReply(TIMEOUT);
        alice.click(lobby, "Start now (host)").awaitReply(TIMEOUT);
        JsonNode q1 = discord.awaitPosts(discord.channelId(), 1, TIMEOUT);
        Question first = asked();
        assertThat(first.options()).isEmpty();
        assertThat(buttons(q1)).extracting(Reply.Button::label).containsExactly("Answer");
        // WHEN both answer through the form, bob wrong and alice right
        Reply bobForm = bob.clickId(q1.path("id").asText(), buttons(q1).get(0).customId())
                .awaitReply(TIMEOUT);
        assertThat(bobForm.isModal()).isTrue();
        Reply bobTaken = bob.submit(bobForm, Map.of("answer", "Amazon Kinesis")).awaitReply(TIMEOUT);
        Reply aliceForm = alice.clickId(
                        q1.path("id").asText(), buttons(q1).get(0).customId())
                .awaitReply(TIMEOUT);
        alice.submit(aliceForm, Map.of("answer", first.answer().toLowerCase(java.util.Locale.ROOT)))
                .awaitReply(TIMEOUT);
        // THEN the answer is revealed at once: everyone who joined has answered
        assertThat(bobTaken.text())
                .isEqualTo("🔒 Locked in: “Amazon Kinesis”. The answer is revealed <t:"
                        + T0.plusSeconds(30).getEpochSecond() + ":R> at the latest.");
        JsonNode revealed = discord.awaitEdits(q1.path("id").asText(), 1, TIMEOUT);
        assertThat(revealed.path("content").asText())
                .isEqualTo("📣 2 of 2 answered, 1 right; first right: <@" + alice.id() + ">.");

        // WHEN the host pauses while the answer is shown, and time passes
        alice.slash("quiz group pause", Map.of()).awaitReply(TIMEOUT);
        JsonNode paused = discord.awaitPosts(discord.channelId(), 2, TIMEOUT);
        bot.clock.set(T0.plusSeconds(600));
        bot.tickGames();
        // THEN nothing moves until she resumes; then the next question comes after the rest of the pause
        assertThat(paused.path("content").asText()).startsWith("⏸️ Paused by <@" + alice.id() + ">");
        assertThat(bot.games().state(discord.channelId()).orElseThrow()).isInstanceOf(GameState.Paused.class);
        alice.slash("quiz group resume", Map.of()).awaitReply(TIMEOUT);
        discord.awaitPosts(discord.channelId(), 3, TIMEOUT); // "Resumed"
        JsonNode q2 = moveTo(605, 4);
        assertThat(q2.path("embeds").get(0).path("title").asText()).isEqualTo("Question 2/5");

        // an answer through question 1's old form says the game moved on, and counts nothing
        Reply oldForm = bob.clickId(q1.path("id").asText(), buttons(q1).get(0).customId())
                .awaitReply(TIMEOUT);
        Reply moved = bob.submit(oldForm, Map.of("answer", "anything")).awaitReply(TIMEOUT);
        assertThat(moved.text()).isEqualTo("That question is closed: the game has moved on to question 2.");

        // WHEN nobody answers three questions in a row
        moveTo(635, 4); // question 2 revealed: no post, an edit
        discord.awaitEdits(q2.path("id").asText(), 1, TIMEOUT);
        moveTo(640, 5); // question 3
        bot.clock.set(T0.plusSeconds(670));
        bot.tickGames();
        JsonNode board = discord.awaitPosts(discord.channelId(), 6, TIMEOUT);
        assertThat(board.path("content").asText()).startsWith("🏆 **Scores** after 3 of 5");
        moveTo(675, 7); // question 4
        bot.clock.set(T0.plusSeconds(705));
        bot.tickGames();
        JsonNode end = discord.awaitPosts(discord.channelId(), 8, TIMEOUT);
        // THEN the game ends itself with its final scores
        assertThat(end.path("content").asText())
                .startsWith("🏁 **Final scores**")
                .contains("Nobody answered 3 questions in a row");
        var state = (GameState.Finished) bot.games().state(discord.channelId()).orElseThrow();
        assertThat(state.end()).isEqualTo(GameState.End.ABANDONED);
        assertThat(state.game().answers()).hasSize(2);
    }
}
