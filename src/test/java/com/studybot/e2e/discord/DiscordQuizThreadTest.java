package com.studybot.e2e.discord;

import static com.studybot.e2e.discord.BotFixture.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.studybot.e2e.discord.fake.FakeDiscord;
import com.studybot.e2e.discord.fake.Permissions;
import com.studybot.e2e.discord.fake.Reply;
import com.studybot.e2e.discord.fake.TestUser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With {@code discord.quizThreads}, a quiz started in a channel runs in a thread of its own. */
final class DiscordQuizThreadTest {
    @TempDir
    Path root;

    private FakeDiscord discord;
    private BotFixture bot;
    private TestUser alice;

    @BeforeEach
    void startTheBot() throws Exception {
        discord = FakeDiscord.start();
        alice = discord.user("alice");
        bot = BotFixture.start(root, Notes.all(), discord, Map.of("discord.quizThreads", "true"));
    }

    @AfterEach
    void stopTheBot() throws Exception {
        bot.closeAndCheck(false);
    }

    @Test
    void theQuizRunsInAThreadAndItsButtonsWorkThere() {
        // WHEN alice starts a quiz in the channel
        Reply announced = alice.slash("quiz start", Map.of("topic", "tracing", "count", 1L, "mode", "mc"))
                .awaitReply(TIMEOUT);
        // THEN the channel gets a short note and the question is posted in a thread started from it
        var link = java.util.regex.Pattern.compile("alice's quiz on tracing runs in <#(\\d+)>\\.")
                .matcher(announced.text());
        assertThat(link.find()).as(announced.text()).isTrue();
        String thread = link.group(1);
        JsonNode question = awaitMessage(thread);
        String answer = buttonIds(question).stream()
                .filter(b -> b[1].endsWith(") AWS X-Ray"))
                .findFirst()
                .orElseThrow()[0];
        // WHEN she answers there
        Reply verdict = alice.clickId(question.path("id").asText(), answer).awaitReply(TIMEOUT);
        // THEN
        assertThat(verdict.text()).contains("✅ Correct: **AWS X-Ray**");
    }

    @Test
    void withoutThreadPermissionsTheQuizRunsInTheChannel() {
        // GIVEN a channel where the bot may not start threads
        String noThreads = discord.addChannel("no-threads", Permissions.CREATE_PUBLIC_THREADS);
        // WHEN alice starts a quiz there
        var started = alice.slash(noThreads, "quiz start", Map.of("topic", "tracing", "count", 1L, "mode", "mc"));
        Reply quiz = started.awaitReply(TIMEOUT);
        // THEN the question is the reply, in the channel, alice alone is told why, and it can be answered
        assertThat(quiz.embedText()).contains("Question 1/1");
        Reply why = started.awaitFollowUp(TIMEOUT);
        assertThat(why.ephemeral()).isTrue();
        assertThat(why.text()).contains("runs here in the channel").contains("Create Public Threads");
        Reply verdict = alice.click(
                        quiz,
                        quiz.buttons().stream()
                                .filter(b -> b.label().endsWith(") AWS X-Ray"))
                                .findFirst()
                                .orElseThrow()
                                .label())
                .awaitReply(TIMEOUT);
        assertThat(verdict.text()).contains("✅ Correct: **AWS X-Ray**");
    }

    private JsonNode awaitMessage(String channel) {
        return discord.awaitPost(channel, TIMEOUT)
                .orElseThrow(() ->
                        new AssertionError("nothing was posted in thread " + channel + "; calls: " + discord.calls()));
    }

    /** (custom id, label) of every button in a posted message. */
    private static List<String[]> buttonIds(JsonNode message) {
        var out = new ArrayList<String[]>();
        for (JsonNode row : message.path("components")) {
            for (JsonNode b : row.path("components")) {
                out.add(new String[] {
                    b.path("custom_id").asText(), b.path("label").asText()
                });
            }
        }
        return out;
    }
}
