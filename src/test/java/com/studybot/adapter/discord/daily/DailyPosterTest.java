package com.studybot.adapter.discord.daily;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.adapter.discord.ComponentIds;
import com.studybot.adapter.discord.PostChannel;
import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.QuizItem;
import com.studybot.core.quiz.generate.QuestionGenerator;
import com.studybot.core.schedule.DailyPlan;
import com.studybot.core.schedule.DailySchedule;
import com.studybot.core.schedule.DailyService;
import com.studybot.core.telemetry.Telemetry;
import com.studybot.testing.InMemoryCardMemoryStore;
import com.studybot.testing.InMemoryComponentStore;
import com.studybot.testing.InMemoryDailyAnswerStore;
import com.studybot.testing.InMemoryDailyScheduleStore;
import com.studybot.testing.InMemoryPostLedger;
import com.studybot.testing.InMemoryScoreStore;
import com.studybot.testing.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.junit.jupiter.api.Test;

/** One server's failing channel never holds up another server's daily post; a channel gone is given up once. */
final class DailyPosterTest {
    private static final List<String> OPTIONS = List.of("x", "y", "z", "w");
    private final MovableClock clock = new MovableClock(Instant.parse("2026-01-15T07:00:00Z"));
    private final InMemoryPostLedger ledger = new InMemoryPostLedger();
    private final InMemoryDailyScheduleStore schedules = new InMemoryDailyScheduleStore();
    /** Each post's fate as the telemetry heard it: "outcome reason". */
    private final List<String> fates = new ArrayList<>();

    private final Telemetry telemetry = new Telemetry() {
        @Override
        public void dailyPost(DailyOutcome outcome, String reason) {
            fates.add(outcome.tag() + " " + reason);
        }
    };
    private final DailyService service = new DailyService(
            schedules,
            ledger,
            new InMemoryDailyAnswerStore(),
            new InMemoryScoreStore(),
            new InMemoryCardMemoryStore(),
            () -> new QuestionGenerator.Result(
                    IntStream.range(0, 10).mapToObj(DailyPosterTest::item).toList(), Map.of()),
            new DailyPlan(Duration.ofHours(2)),
            clock,
            3,
            telemetry);
    private final DailyPoster poster = new DailyPoster(
            service, new ComponentIds(new InMemoryComponentStore(), clock, Duration.ofDays(7)), telemetry);
    private final List<String> posted = new ArrayList<>();
    private int broken;
    private final List<String> keys = new ArrayList<>();

    private static QuizItem item(int n) {
        var q = new Question("q" + n, "Question " + n + "?", "x", List.of(), OPTIONS, "f.md › T" + n, "quote " + n);
        return new QuizItem("q" + n, List.of("topic" + n), Optional.empty(), Optional.of(q), true, "p");
    }

    /** A channel that posts (recording where), or one whose every post throws. */
    private PostChannel channel(String id, boolean works) {
        return new PostChannel() {
            @Override
            public String post(MessageCreateData message) {
                throw new AssertionError("a daily post is sent with its key, so that Discord sends it once");
            }

            @Override
            public String post(MessageCreateData message, String key) {
                assertThat(key).hasSizeLessThanOrEqualTo(25);
                keys.add(key);
                if (!works) {
                    broken++;
                    throw new IllegalStateException("connection reset");
                }
                posted.add(id);
                return "m" + posted.size();
            }

            @Override
            public void edit(String messageId, MessageEditData message) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private void setUp(String guild, String channel) {
        service.setup(new DailySchedule(
                guild, channel, LocalTime.of(9, 0), ZoneId.of("Europe/Berlin"), 1, "", Duration.ofMinutes(30)));
    }

    @Test
    void aFailingServerAndAGoneChannelDoNotStopTheOthersAndTheGoneOneIsNotRetried() {
        // GIVEN three servers: one whose channel fails, one whose channel is gone, one that works
        setUp("a", "c-fails");
        setUp("b", "c-gone");
        setUp("c", "c-works");
        poster.attach(id -> switch (id) {
            case "c-fails" -> Optional.of(channel(id, false));
            case "c-works" -> Optional.of(channel(id, true));
            default -> Optional.empty();
        });
        // WHEN their time comes, and two more rounds run
        clock.set(Instant.parse("2026-01-15T08:00:00Z"));
        poster.tick();
        poster.tick();
        poster.tick();
        // THEN the working server's post went out once; the failing one is tried each round; the gone one given up
        assertThat(posted).containsExactly("c-works");
        assertThat(broken).isEqualTo(3);
        // AND each try of the failing server's post carries the same key, so Discord would not double one that went out
        assertThat(keys).containsOnly("daily-2026-01-15");
        assertThat(keys).hasSize(4);
        var gone = ledger.find("b", LocalDate.parse("2026-01-15")).orElseThrow();
        assertThat(gone.posted()).isTrue();
        assertThat(gone.sent()).isFalse();
        assertThat(gone.messageId()).hasValueSatisfying(m -> assertThat(m).startsWith(DailyService.FAILED));
        assertThat(ledger.find("a", LocalDate.parse("2026-01-15")).orElseThrow().posted())
                .isFalse();
        // AND no reveal is posted for the post that never went out
        clock.set(Instant.parse("2026-01-15T08:30:00Z"));
        poster.tick();
        assertThat(posted).containsExactly("c-works", "c-works"); // the working server's reveal only
        assertThat(keys).last().isEqualTo("reveal-2026-01-15");
    }

    @Test
    void eachPostsFateIsReportedWithItsReason() {
        // GIVEN a server whose channel fails, one whose channel is gone and one that works
        setUp("a", "c-fails");
        setUp("b", "c-gone");
        setUp("c", "c-works");
        poster.attach(id -> switch (id) {
            case "c-fails" -> Optional.of(channel(id, false));
            case "c-works" -> Optional.of(channel(id, true));
            default -> Optional.empty();
        });
        // WHEN their time comes
        clock.set(Instant.parse("2026-01-15T08:00:00Z"));
        poster.tick();
        // THEN
        assertThat(fates).containsExactlyInAnyOrder("failed error", "failed channel_gone", "sent sent");
    }

    @Test
    void aPostWhoseCatchUpWindowClosedIsReportedSkippedOncePerDate() {
        // GIVEN a server set up, and the bot away until its time (09:00 Berlin) is more than two hours past
        setUp("a", "c-works");
        poster.attach(id -> Optional.of(channel(id, true)));
        clock.set(Instant.parse("2026-01-15T11:30:00Z"));
        // WHEN two rounds run
        poster.tick();
        poster.tick();
        // THEN today's post and yesterday's (the schedule is newer) are each skipped once, not once per round
        assertThat(posted).isEmpty();
        assertThat(fates).containsExactly("skipped catch_up_passed", "skipped catch_up_passed");
    }
}
