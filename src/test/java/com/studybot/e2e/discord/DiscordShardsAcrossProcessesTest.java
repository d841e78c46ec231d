package com.studybot.e2e.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.studybot.adapter.persistence.Database;
import com.studybot.adapter.persistence.JdbcDailyScheduleStore;
import com.studybot.core.schedule.DailySchedule;
import com.studybot.e2e.discord.fake.FakeDiscord;
import com.studybot.e2e.discord.fake.Reply;
import com.studybot.e2e.discord.fake.TestUser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two bot processes (child JVMs) on one PostgreSQL, running shard 0 and shard 1 of 2 against the fake Discord, with
 * a server on each shard. Each server has a quiz going and a daily post due. The process of shard 1 is killed with
 * SIGKILL mid-quiz, the other is stopped, and one process comes back running both shards (a new layout: both servers
 * moved). Every acknowledged answer is in the database once, the buttons shown before work after, and each server's
 * daily post was sent once in the whole run.
 */
final class DiscordShardsAcrossProcessesTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String GRADED = "(?s)(✅ Correct|❌ Not quite).*";

    @TempDir
    Path root;

    @Test
    void aServerWhoseShardMovesToAnotherProcessKeepsItsQuizAndGetsItsDailyPostOnce() throws Exception {
        String base = System.getenv("STUDYBOT_TEST_PG_URL");
        assumeTrue(base != null && !base.isBlank(), "set STUDYBOT_TEST_PG_URL to run PostgreSQL tests");
        String schema =
                "shards_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        Path content = Files.createDirectories(root.resolve("content"));
        for (var note : Notes.all().entrySet()) {
            Path file = content.resolve(note.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, note.getValue(), StandardCharsets.UTF_8);
        }
        try (var discord = FakeDiscord.start(2);
                var db = Database.postgres(base, schema)) {
            // GIVEN a server on each shard, each with a member and a daily post due now
            var first = new FakeDiscord.Server(discord.guildId(), discord.channelId());
            var second = discord.addGuild("Other group", 1);
            TestUser alice = discord.user("alice");
            TestUser bob = discord.user(second, "bob");
            var schedules = new JdbcDailyScheduleStore(db.dataSource());
            schedules.save(dueNow(first));
            schedules.save(dueNow(second));
            // AND a process for each shard
            ShardedBot zero = ShardedBot.start(content, root.resolve("data-0"), discord, url, "0");
            ShardedBot one = ShardedBot.start(content, root.resolve("data-1"), discord, url, "1");
            List<ShardedBot> all = new ArrayList<>(List.of(zero, one));
            try {
                zero.awaitReady();
                one.awaitReady();
                discord.awaitCommands(TIMEOUT);
                warm(alice, bob);
                // WHEN alice and bob each answer two questions of a four-question quiz
                Reply aliceAt = answerTwo(alice);
                Reply bobAt = answerTwo(bob);
                // AND each server's daily post went out, by the process of its shard
                discord.awaitPosts(first.channelId(), 1, TIMEOUT);
                discord.awaitPosts(second.channelId(), 1, TIMEOUT);
                // AND shard 1's process is killed mid-quiz, shard 0's stopped, and one process runs both shards
                one.kill();
                zero.stop();
                assertThat(discord.awaitShardFree(0, TIMEOUT)).isTrue();
                assertThat(discord.awaitShardFree(1, TIMEOUT)).isTrue();
                ShardedBot both = ShardedBot.start(content, root.resolve("data-both"), discord, url, "0-1");
                all.add(both);
                both.awaitReady();
                warm(alice, bob);
                // THEN the buttons shown before work: the third and fourth answers are graded
                assertThat(answerLastTwo(alice, aliceAt)).matches(GRADED);
                assertThat(answerLastTwo(bob, bobAt)).matches(GRADED);
                // AND the new process's daily rounds, over both servers, post nothing again: two servers added
                // after it started get their posts in later rounds, the second only after the first's round
                var third = discord.addGuild("Third group", 0);
                schedules.save(dueNow(third));
                discord.awaitPosts(third.channelId(), 1, TIMEOUT);
                var fourth = discord.addGuild("Fourth group", 1);
                schedules.save(dueNow(fourth));
                discord.awaitPosts(fourth.channelId(), 1, TIMEOUT);
                assertThat(discord.messages(first.channelId()))
                        .as("daily posts in the first server")
                        .hasSize(1);
                assertThat(discord.messages(second.channelId()))
                        .as("daily posts in the second server")
                        .hasSize(1);
                // AND every acknowledged answer is stored once
                assertThat(answersPerMember(url, schema)).containsExactlyInAnyOrder(4, 4);
                // AND the commands were registered only by the processes running shard 0, once each
                assertThat(discord.calls())
                        .filteredOn(c -> c.is("PUT", "applications/[^/]+/commands"))
                        .hasSize(2);
                assertThat(discord.unknownCalls()).isEmpty();
                assertThat(discord.refusals()).isEmpty();
                assertThat(discord.refusedIdentifies()).isEmpty();
                assertThat(both.output()).noneMatch(l -> l.contains(" ERROR "));
            } finally {
                all.forEach(ShardedBot::kill);
                try (var c = DriverManager.getConnection(base);
                        var st = c.createStatement()) {
                    st.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        }
    }

    /**
     * Waits until each server's process has its question pool (a deferred /topics builds it, as the bot's warm-up
     * thread does), so that a quiz's first reply, which is not deferred, does not wait for it on a busy machine.
     */
    private static void warm(TestUser... members) {
        for (TestUser member : members) {
            member.slash("topics", Map.of()).awaitReply(TIMEOUT);
        }
    }

    private static DailySchedule dueNow(FakeDiscord.Server server) {
        LocalTime now = LocalTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
        return new DailySchedule(server.id(), server.channelId(), now, ZoneOffset.UTC, 1, "", Duration.ofHours(20));
    }

    /** Starts a four-question quiz and answers two; returns the reply showing the next question. */
    private static Reply answerTwo(TestUser user) {
        Reply q = user.slash("quiz start", Map.of("topic", "aws services", "count", 4L, "mode", "mc"))
                .awaitReply(TIMEOUT);
        Reply second = user.click(q, option(q)).awaitReply(TIMEOUT);
        return user.click(second, option(second)).awaitReply(TIMEOUT);
    }

    /** Answers the question on the message shown before the restart, then the next; the last verdict's text. */
    private static String answerLastTwo(TestUser user, Reply shownBefore) {
        Reply fourth = user.click(shownBefore, option(shownBefore)).awaitReply(TIMEOUT);
        assertThat(fourth.text()).matches(GRADED);
        return user.click(fourth, option(fourth)).awaitReply(TIMEOUT).text();
    }

    private static String option(Reply question) {
        return question.buttons().stream()
                .map(Reply.Button::label)
                .filter(l -> l.matches("[A-E]\\) .*"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no option in " + question.buttons() + ": " + question));
    }

    private static List<Integer> answersPerMember(String url, String schema) throws Exception {
        var counts = new ArrayList<Integer>();
        try (var c = DriverManager.getConnection(url);
                var st = c.createStatement();
                var rs = st.executeQuery("SELECT count(*) FROM " + schema + ".quiz_answer GROUP BY user_id")) {
            while (rs.next()) {
                counts.add(rs.getInt(1));
            }
        }
        return counts;
    }
}
