package com.studybot.e2e.discord;

import static com.studybot.e2e.discord.BotFixture.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.e2e.discord.fake.FakeDiscord;
import com.studybot.e2e.discord.fake.Pending;
import com.studybot.e2e.discord.fake.Reply;
import com.studybot.e2e.discord.fake.TestUser;
import com.studybot.testing.StubOpenAi;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With more questions waiting on a model that never answers than the bot has workers, every interaction is still
 * acknowledged within Discord's three seconds: the fake answers a later acknowledgement "Unknown interaction"
 * (10062), and the fixture fails the test on any such refusal.
 */
final class DiscordBusyModelTest {
    @TempDir
    Path root;

    private StubOpenAi model;
    private FakeDiscord discord;
    private BotFixture bot;
    private final List<TestUser> askers = new ArrayList<>();
    private TestUser alice;

    @BeforeEach
    void startTheBot() throws Exception {
        model = new StubOpenAi();
        model.reply("OK"); // the start-up probe
        discord = FakeDiscord.start();
        for (int i = 0; i < 8; i++) {
            askers.add(discord.user("asker" + i));
        }
        alice = discord.user("alice");
        bot = BotFixture.start(
                root,
                Notes.all(),
                discord,
                Map.of(
                        "llm.provider", "openai",
                        "llm.baseUrl", model.baseUrl(),
                        "llm.model", "stub-model",
                        "discord.workers", "2"));
    }

    @AfterEach
    void stopTheBot() throws Exception {
        bot.closeAndCheck(false);
        model.close();
    }

    @Test
    void quizClicksAndQuestionsAreAcknowledgedWhileTheModelNeverAnswers() throws Exception {
        // GIVEN the model hangs, and eight members ask at once (four times the workers)
        model.hang();
        var asked = new ArrayList<Pending>();
        for (TestUser u : askers) {
            asked.add(u.slash("ask", Map.of("question", "What is AWS Fargate?")));
        }
        assertThat(model.awaitRequests(2, TIMEOUT)).isTrue(); // the model is being waited on
        // WHEN alice starts a quiz and answers, and an asker asks again too soon
        Reply quiz =
                alice.slash("quiz start", Map.of("count", 1L, "mode", "mc")).awaitReply(TIMEOUT);
        Reply verdict = alice.click(quiz, quiz.buttons().get(0).label()).awaitReply(TIMEOUT);
        Reply tooSoon = askers.get(0)
                .slash("ask", Map.of("question", "What is AWS Lambda?"))
                .awaitReply(TIMEOUT);
        // AND alice asks for her stats and the leaderboard, which are drawn on the busy slow workers
        Pending stats = alice.slash("stats", Map.of());
        Pending leaderboard = alice.slash("leaderboard", Map.of());
        // THEN the quiz went on, the early question was refused at once, and every question was deferred in time
        assertThat(verdict.text() + verdict.embedText()).containsAnyOf("Correct", "Not quite", "answer is");
        assertThat(tooSoon.text()).startsWith("You can ask again in");
        for (Pending p : asked) {
            assertThat(p.awaitAcknowledged(TIMEOUT)).isEqualTo(5); // deferred: "thinking…"
        }
        assertThat(stats.awaitAcknowledged(TIMEOUT)).isEqualTo(5); // deferred on arrival, drawn later
        assertThat(leaderboard.awaitAcknowledged(TIMEOUT)).isEqualTo(5);
        assertThat(discord.refusals()).isEmpty();
    }
}
