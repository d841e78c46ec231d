package com.studybot.e2e.discord;

import static com.studybot.e2e.discord.BotFixture.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.studybot.e2e.discord.fake.FakeDiscord;
import com.studybot.e2e.discord.fake.Permissions;
import com.studybot.e2e.discord.fake.Reply;
import com.studybot.e2e.discord.fake.TestUser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Asking on Discord, as a study group would: answers with citations, passages, feedback, limits, admins. */
final class DiscordAskTest {
    @TempDir
    Path root;

    private FakeDiscord discord;
    private BotFixture bot;
    private TestUser alice;
    private TestUser bob;
    private TestUser admin;

    @BeforeEach
    void startTheBot() throws Exception {
        discord = FakeDiscord.start();
        alice = discord.user("alice");
        bob = discord.user("bob");
        admin = discord.user("admin", Permissions.MANAGE_SERVER);
        bot = BotFixture.start(root, Notes.all(), discord);
    }

    @AfterEach
    void stopTheBot() throws Exception {
        bot.closeAndCheck(false);
    }

    @Test
    void everyCommandIsRegisteredAndReloadNeedsManageServer() {
        // WHEN the bot has started
        JsonNode commands = discord.awaitCommands(TIMEOUT);
        // THEN
        assertThat(commands)
                .extracting(c -> c.path("name").asText())
                .containsExactlyInAnyOrder(
                        "ask",
                        "quiz",
                        "leaderboard",
                        "topics",
                        "stats",
                        "reload",
                        "help",
                        "daily",
                        "review",
                        "gaps",
                        "notes");
        JsonNode reload = find(commands, "reload");
        assertThat(reload.path("default_member_permissions").asText())
                .isEqualTo(String.valueOf(Permissions.MANAGE_SERVER));
        // and every command is for servers only (context 0, GUILD): in a DM there is no server to count for
        assertThat(commands)
                .allSatisfy(c -> assertThat(c.path("contexts"))
                        .as(c.path("name").asText())
                        .extracting(JsonNode::asInt)
                        .containsExactly(0));
    }

    @Test
    void anAnswerComesWithItsCitationAndButtons() {
        // WHEN alice asks
        Reply answer =
                alice.slash("ask", Map.of("question", "What is AWS Fargate?")).awaitReply(TIMEOUT);
        // THEN the answer is quoted from the notes with its file and heading, for everyone to see
        assertThat(answer.ephemeral()).isFalse();
        assertThat(answer.embedText()).contains("serverless compute engine for containers");
        assertThat(answer.embedText()).contains("aws/services.md › AWS services › AWS Fargate");
        assertThat(answer.buttons()).extracting(Reply.Button::label).containsExactly("Show passages", "👍", "👎");
    }

    @Test
    void aQuestionTheNotesDoNotCoverIsRefusedKindly() {
        Reply answer = alice.slash("ask", Map.of("question", "How do I bake sourdough bread?"))
                .awaitReply(TIMEOUT);
        assertThat(answer.embedText()).contains("I can't find that in your notes.");
    }

    @Test
    void unansweredQuestionsBecomeGapsUntilANoteAnswersThem() throws Exception {
        // GIVEN two members asked what the notes do not cover
        alice.slash("ask", Map.of("question", "What is Helm?")).awaitReply(TIMEOUT);
        bob.slash("ask", Map.of("question", "what is helm")).awaitReply(TIMEOUT);
        Reply gaps = admin.slash("gaps", Map.of()).awaitReply(TIMEOUT);
        Reply refused = alice.slash("gaps", Map.of()).awaitReply(TIMEOUT);
        // WHEN a note about Helm is written and the notes are reloaded
        Files.writeString(
                root.resolve("content/helm.md"),
                BotFixture.note(
                        "# Helm",
                        "**Helm** is the package manager for Kubernetes: it installs applications from charts."),
                StandardCharsets.UTF_8);
        Reply reload = admin.slash("reload", Map.of()).awaitReply(TIMEOUT);
        Reply after = admin.slash("gaps", Map.of()).awaitReply(TIMEOUT);
        // THEN
        assertThat(gaps.text()).contains("Notes to write").contains("(asked 2 times)");
        assertThat(refused.text()).contains("Only members who can manage");
        assertThat(reload.text()).contains("1 gap now answered");
        assertThat(after.text()).contains("No gaps");
    }

    @Test
    void thePassagesAreShownPrivatelyAndSplitToFitDiscord() {
        // GIVEN an answer about the long note
        Reply answer = bob.slash("ask", Map.of("question", "Which feature did container tooling gain in 2010?"))
                .awaitReply(TIMEOUT);
        // WHEN bob asks for the passages behind it
        var pending = bob.click(answer, "Show passages");
        Reply first = pending.awaitReply(TIMEOUT);
        Reply second = pending.awaitFollowUp(TIMEOUT);
        // THEN they come in private messages within 2,000 characters each
        assertThat(first.ephemeral()).isTrue();
        assertThat(second.ephemeral()).isTrue();
        assertThat(List.of(first.text(), second.text()))
                .allSatisfy(t -> assertThat(t).hasSizeBetween(1, 2000));
        assertThat(first.text()).contains("long/history.md › Long history › Containers over the years");
    }

    @Test
    void feedbackIsCountedOncePerUser() {
        // GIVEN an answer
        Reply answer =
                alice.slash("ask", Map.of("question", "What is AWS Lambda?")).awaitReply(TIMEOUT);
        // WHEN alice votes twice and bob once
        alice.click(answer, "👎").awaitReply(TIMEOUT);
        alice.click(answer, "👍").awaitReply(TIMEOUT);
        Reply last = bob.click(answer, "👍").awaitReply(TIMEOUT);
        // THEN the votes are stored, the last of each user counting
        assertThat(last.ephemeral()).isTrue();
        assertThat(last.text()).contains("So far 2 found it helpful, 0 did not.");
    }

    @Test
    void aSecondQuestionWithinTheCooldownIsRefusedPrivately() {
        alice.slash("ask", Map.of("question", "What is AWS X-Ray?")).awaitReply(TIMEOUT);
        Reply second =
                alice.slash("ask", Map.of("question", "What is AWS Lambda?")).awaitReply(TIMEOUT);
        assertThat(second.ephemeral()).isTrue();
        assertThat(second.text()).startsWith("You can ask again in");
    }

    @Test
    void aMemberWithoutManageServerCannotReload() {
        Reply refused = alice.slash("reload", Map.of()).awaitReply(TIMEOUT);
        Reply done = admin.slash("reload", Map.of()).awaitReply(TIMEOUT);
        assertThat(refused.ephemeral()).isTrue();
        assertThat(refused.text()).contains("Only members who can manage this server");
        assertThat(done.ephemeral()).isTrue();
        assertThat(done.text()).isNotBlank().doesNotContain("Only members");
    }

    @Test
    void helpAndTopicsAnswerPrivately() {
        Reply help = alice.slash("help", Map.of()).awaitReply(TIMEOUT);
        Reply topics = alice.slash("topics", Map.of()).awaitReply(TIMEOUT);
        assertThat(help.ephemeral()).isTrue();
        assertThat(help.text()).contains("/quiz start");
        assertThat(topics.text()).contains("AWS services (");
    }

    private static JsonNode find(JsonNode commands, String name) {
        var all = new ArrayList<JsonNode>();
        commands.forEach(all::add);
        return all.stream()
                .filter(c -> c.path("name").asText().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
