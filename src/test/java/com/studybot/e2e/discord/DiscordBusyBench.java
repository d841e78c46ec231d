package com.studybot.e2e.discord;

import static com.studybot.e2e.discord.BotFixture.TIMEOUT;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.studybot.bench.Latency;
import com.studybot.e2e.discord.fake.FakeDiscord;
import com.studybot.e2e.discord.fake.Pending;
import com.studybot.e2e.discord.fake.Reply;
import com.studybot.e2e.discord.fake.TestUser;
import com.studybot.testing.StubOpenAi;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acknowledgement bench, not a test of time: N members (default 50) ask at once while the model never
 * answers, and a quiz is played meanwhile; it prints how long after its dispatch every interaction was
 * acknowledged (the fake's clock, queueing included) as p50/p99/max, and the CPU each group of threads spent.
 * The same burst runs first {@code -Dstudybot.busyBench.warmRounds} times (default 10) with a model that answers,
 * as for a bot that has been up a while (fewer leave the JIT compiler busy in the measured bursts); the first of
 * those is the cold figure. Then {@code -Dstudybot.busyBench.rounds} bursts (default 3) on the hung model are
 * measured, so the p99 is not simply the slowest of 60. The bot first runs the warm-ups the bot command runs at
 * start (answers and the quiz path; {@code -Dstudybot.busyBench.noStartupWarmUp=true} skips them). Runs only when
 * asked:
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
            int rounds = Integer.getInteger("studybot.busyBench.warmRounds", 10);
            int measuredRounds = Integer.getInteger("studybot.busyBench.rounds", 3);
            var askers = new ArrayList<List<TestUser>>();
            for (int r = 0;
                    r < rounds + measuredRounds;
                    r++) { // the ask cooldown is per member: new members each round
                var members = new ArrayList<TestUser>();
                for (int i = 0; i < n; i++) {
                    members.add(discord.user("asker" + r + "-" + i));
                }
                askers.add(members);
            }
            TestUser alice = discord.user("alice");
            try (var bot = BotFixture.start(
                    root,
                    Notes.all(),
                    discord,
                    Map.of("llm.provider", "openai", "llm.baseUrl", model.baseUrl(), "llm.model", "stub-model"))) {
                alice.slash("topics", Map.of()).awaitReply(TIMEOUT); // the question pool is built
                if (!Boolean.getBoolean("studybot.busyBench.noStartupWarmUp")) {
                    bot.warmUpAsTheBotCommandDoes(java.time.Duration.ofSeconds(1));
                }
                for (int r = 0; r < rounds; r++) { // a bot that has been up a while: the same burst, answered
                    int before = discord.acknowledgements().size();
                    var pending = burst(askers.get(r), alice, new ArrayList<>());
                    for (Pending p : pending) {
                        p.awaitReply(TIMEOUT);
                    }
                    print("warm-up round " + (r + 1) + " (model answers)", since(discord, before));
                }
                model.hang();
                var cpu0 = threadCpu();
                long wall0 = System.nanoTime();
                var measured = new ArrayList<Long>();
                var quizSteps = new ArrayList<Long>();
                for (int m = 0; m < measuredRounds; m++) {
                    int before = discord.acknowledgements().size();
                    var asked = burst(askers.get(rounds + m), alice, quizSteps);
                    for (Pending p : asked) { // acknowledged (deferred); their answers wait on the model
                        p.awaitAcknowledged(TIMEOUT);
                    }
                    var acks = since(discord, before);
                    if (Boolean.getBoolean("studybot.busyBench.order")) { // each acknowledgement in order of arrival
                        System.out.println("in order (ms): "
                                + acks.stream().map(a -> a / 1_000_000).toList());
                    }
                    measured.addAll(acks);
                    print("measured round " + (m + 1) + ": " + n + " asks on a hung model + quiz", acks);
                }
                long wall = System.nanoTime() - wall0;
                print("all measured rounds", measured);
                print("quiz steps meanwhile (reply seen by the user)", quizSteps);
                System.out.printf(
                        Locale.ROOT,
                        "discord refusals (late acknowledgements): %d%n",
                        discord.refusals().size());
                printCpu(cpu0, threadCpu(), wall);
            }
        }
    }

    /** Every member asks at once, and a one-question quiz is started, answered (and stopped) meanwhile, ten times over. */
    private static List<Pending> burst(List<TestUser> members, TestUser alice, List<Long> quizSteps) {
        var asked = new ArrayList<Pending>();
        for (TestUser u : members) {
            asked.add(u.slash("ask", Map.of("question", "What is AWS Fargate?")));
        }
        for (int round = 0; round < 10; round++) {
            long t0 = System.nanoTime();
            Reply quiz =
                    alice.slash("quiz start", Map.of("count", 1L, "mode", "mc")).awaitReply(TIMEOUT);
            quizSteps.add(System.nanoTime() - t0);
            if (!quiz.buttons().isEmpty()) {
                t0 = System.nanoTime();
                Reply after = alice.click(quiz, quiz.buttons().get(0).label()).awaitReply(TIMEOUT);
                quizSteps.add(System.nanoTime() - t0);
                if (after.buttons().stream().anyMatch(b -> b.label().equals("Stop"))) {
                    t0 = System.nanoTime(); // a wrong answer comes back later: stop, so the next start is a start
                    alice.click(after, "Stop").awaitReply(TIMEOUT);
                    quizSteps.add(System.nanoTime() - t0);
                }
            }
        }
        return asked;
    }

    private static List<Long> since(FakeDiscord discord, int from) {
        var all = discord.acknowledgements();
        return all.subList(from, all.size());
    }

    /** CPU time each group of threads (numbers stripped from their names) spent in the burst. */
    private static Map<String, Long> threadCpu() {
        var mx = ManagementFactory.getThreadMXBean();
        var out = new HashMap<String, Long>();
        for (long id : mx.getAllThreadIds()) {
            var info = mx.getThreadInfo(id);
            long t = mx.getThreadCpuTime(id);
            if (info != null && t > 0) {
                out.merge(info.getThreadName().replaceAll("\\d+", "#"), t, Long::sum);
            }
        }
        return out;
    }

    private static void printCpu(Map<String, Long> before, Map<String, Long> after, long wall) {
        System.out.printf(Locale.ROOT, "burst took %.1f ms; CPU by thread group:%n", wall / 1e6);
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 1_000_000)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> System.out.printf(Locale.ROOT, "  %8.1f ms  %s%n", e.getValue() / 1e6, e.getKey()));
    }

    private static void print(String what, List<Long> nanos) {
        System.out.printf(
                Locale.ROOT,
                "discord acknowledged after dispatch, %-40s %s%n",
                what,
                Latency.of(nanos).summary());
    }
}
