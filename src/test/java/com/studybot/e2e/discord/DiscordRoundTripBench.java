package com.studybot.e2e.discord;

import static com.studybot.e2e.discord.BotFixture.TIMEOUT;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.studybot.bench.Latency;
import com.studybot.e2e.discord.fake.FakeDiscord;
import com.studybot.e2e.discord.fake.Reply;
import com.studybot.e2e.discord.fake.TestUser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Discord bench, not a test: round trips through the fake Discord (interaction dispatched on the
 * gateway until the bot's reply is recorded), printed as p50/p99. It asserts nothing about time and runs
 * only when asked: {@code mvn -B test -Dtest=DiscordRoundTripBench -Dstudybot.discordBench=1000}.
 */
final class DiscordRoundTripBench {
    @TempDir
    Path root;

    @Test
    void roundTrips() throws Exception {
        int n = Integer.getInteger("studybot.discordBench", 0);
        assumeTrue(n > 0, "set -Dstudybot.discordBench=N to run the Discord bench");
        try (var discord = FakeDiscord.start()) {
            TestUser alice = discord.user("alice");
            try (var bot = BotFixture.start(root, Notes.all(), discord)) {
                for (int i = 0; i < 50; i++) { // warm-up
                    alice.slash("help", Map.of()).awaitReply(TIMEOUT);
                }
                var help = new ArrayList<Long>();
                var quiz = new ArrayList<Long>();
                for (int i = 0; i < n / 2; i++) {
                    long t0 = System.nanoTime();
                    alice.slash("help", Map.of()).awaitReply(TIMEOUT);
                    help.add(System.nanoTime() - t0);
                }
                Reply q = alice.slash("quiz start", Map.of("count", 20L, "mode", "mc"))
                        .awaitReply(TIMEOUT);
                for (int i = 0; i < n - n / 2; i++) {
                    long t0 = System.nanoTime();
                    Reply next = alice.click(q, i % 20 == 19 ? "Stop" : "Skip").awaitReply(TIMEOUT);
                    quiz.add(System.nanoTime() - t0);
                    q = next.buttons().isEmpty()
                            ? alice.slash("quiz start", Map.of("count", 20L, "mode", "mc"))
                                    .awaitReply(TIMEOUT)
                            : next;
                }
                print("/help (reply)", help);
                print("quiz button (answer committed + next question)", quiz);
            }
        }
    }

    private static void print(String what, List<Long> nanos) {
        System.out.printf(
                Locale.ROOT, "discord %-48s %s%n", what, Latency.of(nanos).summary());
    }
}
