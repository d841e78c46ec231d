package com.studybot.e2e.discord;

import static com.studybot.e2e.discord.BotFixture.TIMEOUT;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.studybot.bench.Latency;
import com.studybot.e2e.discord.fake.FakeDiscord;
import com.studybot.e2e.discord.fake.Pending;
import com.studybot.e2e.discord.fake.Reply;
import com.studybot.e2e.discord.fake.TestUser;
import com.studybot.testing.StubOpenAi;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acknowledgement bench, not a test of time: N members (default 50) ask at once while the model never
 * answers, and a quiz is played meanwhile; it prints how long after its dispatch every interaction was
 * acknowledged (the fake's clock, queueing included) as p50/p99/max. Runs only when asked:
 * {@code mvn -B test -Dtest=DiscordBusyBench -Dstudybot.busyBench=50}.
 */
final class DiscordBusyBench {
    @TempDir
    Path root;

    @Test
    void interactionsAreAcknowledgedWhileTheModelHangs() throws Exception {
        int n = Integer.getInteger("studybot.busyBench", 0);
        assumeTrue(n > 0, "set -Dstudybot.busyBench=N to run the acknowledgement bench");
        try (var model = new StubOpenAi();
                var discord = FakeDiscord.start()) {
            model.reply("OK"); // the start-up probe
            var askers = new ArrayList<TestUser>();
            for (int i = 0; i < n; i++) {
                askers.add(discord.user("asker" + i));
            }
            TestUser alice = discord.user("alice");
            try (var bot = BotFixture.start(
                    root,
                    Notes.all(),
                    discord,
                    Map.of("llm.provider", "openai", "llm.baseUrl", model.baseUrl(), "llm.model", "stub-model"))) {
                alice.slash("topics", Map.of()).awaitReply(TIMEOUT); // warm: the question pool is built
                for (int i = 0; i < 20; i++) {
                    alice.slash("help", Map.of()).awaitReply(TIMEOUT);
                }
                int warm = discord.acknowledgements().size();
                model.hang();
                var asked = new ArrayList<Pending>();
                for (TestUser u : askers) {
                    asked.add(u.slash("ask", Map.of("question", "What is AWS Fargate?")));
                }
                var quizSteps = new ArrayList<Long>();
                for (int round = 0; round < 10; round++) {
                    long t0 = System.nanoTime();
                    Reply quiz = alice.slash("quiz start", Map.of("count", 1L, "mode", "mc"))
                            .awaitReply(TIMEOUT);
                    quizSteps.add(System.nanoTime() - t0);
                    if (!quiz.buttons().isEmpty()) {
                        t0 = System.nanoTime();
                        alice.click(quiz, quiz.buttons().get(0).label()).awaitReply(TIMEOUT);
                        quizSteps.add(System.nanoTime() - t0);
                    }
                }
                for (Pending p : asked) { // acknowledged (deferred); their answers wait on the model
                    p.awaitAcknowledged(TIMEOUT);
                }
                print(
                        n + " asks on a hung model + quiz steps",
                        discord.acknowledgements()
                                .subList(warm, discord.acknowledgements().size()));
                print("quiz steps meanwhile (reply)", quizSteps);
                System.out.printf(
                        Locale.ROOT,
                        "discord refusals (late acknowledgements): %d%n",
                        discord.refusals().size());
            }
        }
    }

    private static void print(String what, List<Long> nanos) {
        System.out.printf(
                Locale.ROOT,
                "discord acknowledged after dispatch, %-40s %s%n",
                what,
                Latency.of(nanos).summary());
    }
}
