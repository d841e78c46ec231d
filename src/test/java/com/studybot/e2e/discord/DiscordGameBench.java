package com.studybot.e2e.discord;

import static com.studybot.e2e.discord.BotFixture.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.studybot.bench.Latency;
import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.game.GameAnswer;
import com.studybot.core.quiz.game.GameState;
import com.studybot.e2e.discord.fake.FakeDiscord;
import com.studybot.e2e.discord.fake.Reply;
import com.studybot.e2e.discord.fake.TestUser;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The group-game bench, not a test of time: N members (default 50) press an answer button of the same question
 * at once through the fake Discord and the real JDA client. It prints each press's acknowledgement (dispatch until
 * the bot's ephemeral reply is recorded) as p50/p99/max, checks that every answer counted once, and prints how
 * long after the last answer the reveal came (everyone answered), and how long after the deadline when one member
 * does not answer (the bot's own one-second round, no help from the bench). Runs only when asked:
 * {@code mvn -B test -Dtest=DiscordGameBench -Dstudybot.gameBench=50}.
 */
final class DiscordGameBench {
    @TempDir
    Path root;

    @Test
    void fiftyMembersAnswerTheSameQuestionAtOnce() throws Exception {
        int n = Integer.getInteger("studybot.gameBench", 0);
        assumeTrue(n > 1, "set -Dstudybot.gameBench=N to run the group-game bench");
        try (var discord = FakeDiscord.start()) {
            var members = new ArrayList<TestUser>();
            for (int i = 0; i < n; i++) {
                members.add(discord.user("member" + i));
            }
            try (var bot = BotFixture.start(root, DiscordGameTest.notes(), discord)) {
                bot.clock.set(Instant.now());
                TestUser host = members.get(0);
                Reply lobby = host.slash("quiz group start", Map.of("count", 3L, "seconds", 30L))
                        .awaitReply(TIMEOUT);
                for (TestUser m : members.subList(1, n)) {
                    m.click(lobby, "Join").awaitReply(TIMEOUT);
                }
                host.click(lobby, "Start now (host)").awaitReply(TIMEOUT);

                // everyone answers question 1 at once: revealed as soon as the last answer is in
                JsonNode q1 = discord.awaitPosts(discord.channelId(), 1, TIMEOUT);
                List<Long> acks = pressAll(members, q1, question(bot));
                long lastAck = System.nanoTime();
                discord.awaitEdits(q1.path("id").asText(), 1, TIMEOUT);
                long revealAfterLast = System.nanoTime() - lastAck;
                List<GameAnswer> answers = bot.games()
                        .state(discord.channelId())
                        .orElseThrow()
                        .game()
                        .answersTo(0);
                assertThat(answers).hasSize(n);
                assertThat(answers.stream().map(GameAnswer::member).distinct()).hasSize(n);

                // question 2: all but one answer; the reveal waits for the deadline, then the bot's round
                bot.clock.advance(java.time.Duration.ofSeconds(5)); // the reveal's time is up
                bot.tickGames();
                JsonNode q2 = discord.awaitPosts(discord.channelId(), 2, TIMEOUT);
                acks.addAll(pressAll(members.subList(1, n), q2, question(bot)));
                var asking = (GameState.Asking)
                        bot.games().state(discord.channelId()).orElseThrow();
                bot.clock.set(asking.deadline());
                long deadlinePassed = System.nanoTime();
                discord.awaitEdits(q2.path("id").asText(), 1, TIMEOUT);
                long revealAfterDeadline = System.nanoTime() - deadlinePassed;

                print("answer press acknowledged (" + n + " at once)", acks);
                System.out.printf(
                        Locale.ROOT,
                        "discord group game: %d answers counted once each; reveal %.1f ms after the last answer,"
                                + " %.1f ms after the deadline (one-second round)%n",
                        answers.size(),
                        revealAfterLast / 1e6,
                        revealAfterDeadline / 1e6);
                host.slash("quiz group stop", Map.of()).awaitReply(TIMEOUT);
            }
        }
    }

    private static Question question(BotFixture bot) {
        var a = (GameState.Asking) bot.games().state(bot.discord.channelId()).orElseThrow();
        return a.game().questions().get(a.index());
    }

    /** Every member presses an option (half of them the right one) at the same moment; the acknowledgement times. */
    private static List<Long> pressAll(List<TestUser> members, JsonNode message, Question q) throws Exception {
        var ids = new ArrayList<String>();
        message.path("components")
                .forEach(row -> row.path("components")
                        .forEach(b -> ids.add(b.path("custom_id").asText())));
        int right = q.options().indexOf(q.answer());
        var times = new ConcurrentLinkedQueue<Long>();
        var go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(members.size());
        try {
            var done = new ArrayList<Future<?>>();
            for (int i = 0; i < members.size(); i++) {
                TestUser m = members.get(i);
                String button = ids.get(i % 2 == 0 ? right : (right + 1) % ids.size());
                done.add(pool.submit(() -> {
                    go.await();
                    long t0 = System.nanoTime();
                    Reply ack = m.clickId(message.path("id").asText(), button).awaitReply(TIMEOUT);
                    times.add(System.nanoTime() - t0);
                    assertThat(ack.text()).startsWith("🔒 Locked in:");
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new ArrayList<>(times);
    }

    private static void print(String what, List<Long> nanos) {
        System.out.printf(
                Locale.ROOT, "discord %-48s %s%n", what, Latency.of(nanos).summary());
    }
}
