package com.studybot.e2e.discord;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.studybot.bench.Latency;
import com.studybot.e2e.discord.fake.FakeDiscord;
import com.studybot.e2e.discord.fake.Pending;
import com.studybot.e2e.discord.fake.Reply;
import com.studybot.e2e.discord.fake.TestUser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shard layout bench, not a test of time: N members (default 200), half in a server on shard 0 and half on
 * shard 1, each start a one-question quiz at once and then answer it at once, against two bot processes running one
 * shard each, then one process running both (child JVMs on one PostgreSQL). It prints interactions per second and
 * how long after its dispatch each interaction was acknowledged (p50/p99/max). Runs only when asked, with
 * PostgreSQL: {@code STUDYBOT_TEST_PG_URL=... mvn -B test -Dtest=DiscordShardsBench -Dstudybot.shardsBench=200}.
 */
final class DiscordShardsBench {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    @TempDir
    Path root;

    @Test
    void twoProcessesOfOneShardAgainstOneProcessOfTwo() throws Exception {
        int n = Integer.getInteger("studybot.shardsBench", 0);
        String base = System.getenv("STUDYBOT_TEST_PG_URL");
        assumeTrue(n > 0 && base != null && !base.isBlank(), "set -Dstudybot.shardsBench=N and STUDYBOT_TEST_PG_URL");
        Path content = Files.createDirectories(root.resolve("content"));
        for (var note : Notes.all().entrySet()) {
            Path file = content.resolve(note.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, note.getValue(), StandardCharsets.UTF_8);
        }
        run(base, content, n, List.of("0", "1"));
        run(base, content, n, List.of("0-1"));
    }

    private void run(String base, Path content, int n, List<String> layout) throws Exception {
        String schema =
                "shardbench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        try (var c = DriverManager.getConnection(base);
                var st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        var bots = new ArrayList<ShardedBot>();
        try (var discord = FakeDiscord.start(2)) {
            var second = discord.addGuild("Other group", 1);
            var users = new ArrayList<TestUser>();
            for (int i = 0; i < n; i++) {
                users.add(i % 2 == 0 ? discord.user("member" + i) : discord.user(second, "member" + i));
            }
            for (String ids : layout) {
                bots.add(ShardedBot.start(content, root.resolve("data-" + schema + "-" + ids), discord, url, ids));
            }
            for (ShardedBot bot : bots) {
                bot.awaitReady();
            }
            discord.awaitCommands(TIMEOUT);
            // warm: each server's question pool is built, and the JIT has seen a quiz
            for (TestUser u : List.of(users.get(0), users.get(1))) {
                u.slash("topics", Map.of()).awaitReply(TIMEOUT);
                for (int i = 0; i < 5; i++) {
                    Reply q = start(u).awaitReply(TIMEOUT);
                    u.click(q, q.buttons().get(0).label()).awaitReply(TIMEOUT);
                    u.slash("quiz stop", Map.of()).awaitReply(TIMEOUT); // a wrong answer keeps the quiz going
                }
            }
            int warm = discord.acknowledgements().size();
            long t0 = System.nanoTime();
            var started = new ArrayList<Pending>();
            users.forEach(u -> started.add(start(u)));
            var questions = new ArrayList<Reply>();
            started.forEach(p -> questions.add(p.awaitReply(TIMEOUT)));
            var answered = new ArrayList<Pending>();
            for (int i = 0; i < n; i++) {
                Reply q = questions.get(i);
                if (late(q)) {
                    continue; // acknowledged too late: Discord (the fake) refused it, so there is nothing to click
                }
                answered.add(users.get(i).click(q, q.buttons().get(0).label()));
            }
            answered.forEach(p -> p.awaitReply(TIMEOUT));
            double seconds = (System.nanoTime() - t0) / 1e9;
            List<Long> acks = discord.acknowledgements()
                    .subList(warm, discord.acknowledgements().size());
            System.out.printf(
                    Locale.ROOT,
                    "shards bench, %-26s %d members: %d interactions in %.1f s = %.0f/s; acknowledged after dispatch"
                            + " %s; refused as later than 3 s: %d%n",
                    layout.size() == 2 ? "2 processes x 1 shard," : "1 process x 2 shards,",
                    n,
                    n + answered.size(),
                    seconds,
                    (n + answered.size()) / seconds,
                    Latency.of(acks).summary(),
                    discord.refusals().size());
        } finally {
            bots.forEach(ShardedBot::kill);
            try (var c = DriverManager.getConnection(base);
                    var st = c.createStatement()) {
                st.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    /** True when the reply has no message: the fake refused its late callback (Discord's 3 s). */
    private static boolean late(Reply reply) {
        try {
            reply.messageId();
            return false;
        } catch (AssertionError refused) {
            return true;
        }
    }

    private static Pending start(TestUser user) {
        return user.slash("quiz start", Map.of("topic", "aws services", "count", 1L, "mode", "mc"));
    }
}
