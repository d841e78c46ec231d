package com.studybot.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.QuizItem;
import com.studybot.core.quiz.generate.QuestionGenerator;
import com.studybot.testing.InMemoryCardMemoryStore;
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
import org.junit.jupiter.api.Test;

final class DailyServiceTest {
    private static final List<String> OPTIONS = List.of("w", "x", "y", "z");

    private static QuizItem item(int n) {
        var q = new Question("q" + n, "Question " + n + "?", "x", List.of(), OPTIONS, "f.md › T" + n, "quote " + n);
        return new QuizItem("q" + n, List.of("topic" + n), Optional.empty(), Optional.of(q), true, "p");
    }

    private final MovableClock clock = new MovableClock(Instant.parse("2026-01-15T07:00:00Z"));
    private final InMemoryScoreStore scores = new InMemoryScoreStore();
    private final InMemoryPostLedger ledger = new InMemoryPostLedger();
    private final InMemoryCardMemoryStore memory = new InMemoryCardMemoryStore();
    private final DailyService service = new DailyService(
            new InMemoryDailyScheduleStore(),
            ledger,
            new InMemoryDailyAnswerStore(),
            scores,
            memory,
            () -> new QuestionGenerator.Result(
                    IntStream.range(0, 10).mapToObj(DailyServiceTest::item).toList(), Map.of()),
            new DailyPlan(Duration.ofHours(2)),
            clock,
            3);

    private final DailySchedule berlin = new DailySchedule(
            "g1", "c1", LocalTime.parse("09:00"), ZoneId.of("Europe/Berlin"), 2, "", Duration.ofMinutes(30));

    @Test
    void theGroupsRecentMissesComeFirstAndNoQuestionIsPostedTwiceWithinTheWindow() {
        // GIVEN members missed q7 lately (and got q3 right)
        scores.record("ann", "topic7", "q7", false, Instant.parse("2026-01-14T10:00:00Z"));
        scores.record("ann", "topic3", "q3", true, Instant.parse("2026-01-14T10:00:00Z"));
        service.setup(berlin);
        // WHEN the posts of three days go out
        var asked = new ArrayList<List<String>>();
        for (int day = 0; day < 3; day++) {
            clock.set(Instant.parse("2026-01-15T08:00:00Z").plus(Duration.ofDays(day)));
            for (DailyService.DuePost p : service.due()) {
                asked.add(p.questions().stream().map(Question::id).toList());
                service.posted("g1", p.date(), "m" + day);
            }
        }
        // THEN the miss leads the first post, and three days never repeat a question
        assertThat(asked).hasSize(3);
        assertThat(asked.get(0).get(0)).isEqualTo("q7");
        assertThat(asked.stream().flatMap(List::stream)).doesNotHaveDuplicates().hasSize(6);
    }

    @Test
    void aPostIsClaimedOnceAndASecondRoundSendsNothing() {
        service.setup(berlin);
        clock.set(Instant.parse("2026-01-15T08:05:00Z"));
        List<DailyService.DuePost> first = service.due();
        service.posted("g1", LocalDate.parse("2026-01-15"), "m1");
        List<DailyService.DuePost> second = service.due();
        assertThat(first).hasSize(1);
        assertThat(second).isEmpty();
        assertThat(ledger.find("g1", LocalDate.parse("2026-01-15"))
                        .orElseThrow()
                        .posted())
                .isTrue();
    }

    @Test
    void aProcessClaimsPostsRevealsAndSummariesOnlyForItsOwnServersAndTheOwnerOfTheRestGetsThem() {
        // GIVEN two servers with weekly summaries, g1 run by this process and g2 by another
        var weekly1 = new DailySchedule(
                "g1", "c1", LocalTime.parse("09:00"), ZoneId.of("Europe/Berlin"), 2, "", Duration.ofMinutes(30), true);
        var weekly2 = new DailySchedule(
                "g2", "c2", LocalTime.parse("09:00"), ZoneId.of("Europe/Berlin"), 2, "", Duration.ofMinutes(30), true);
        service.setup(weekly1);
        service.setup(weekly2);
        java.util.function.Predicate<String> mine = "g1"::equals;
        java.util.function.Predicate<String> theirs = "g2"::equals;
        clock.set(Instant.parse("2026-01-19T08:05:00Z")); // a Monday, past the post time
        // WHEN this process's round runs
        var posts = service.due(mine);
        var summaries = service.summaries(mine);
        // THEN it claimed g1's post and summary only: g2 is left unclaimed in the ledger
        assertThat(posts).extracting(p -> p.schedule().guildId()).containsExactly("g1");
        assertThat(summaries).extracting(w -> w.schedule().guildId()).containsExactly("g1");
        assertThat(ledger.find("g2", LocalDate.parse("2026-01-19"))).isEmpty();
        // AND the other process's round claims g2's, once
        assertThat(service.due(theirs)).extracting(p -> p.schedule().guildId()).containsExactly("g2");
        service.posted("g1", LocalDate.parse("2026-01-19"), "m1");
        service.posted("g2", LocalDate.parse("2026-01-19"), "m2");
        assertThat(service.due(mine)).isEmpty();
        assertThat(service.due(theirs)).isEmpty();
        // AND a reveal is due only to its server's owner
        clock.set(Instant.parse("2026-01-19T23:00:00Z"));
        assertThat(service.reveals(mine))
                .extracting(r -> r.schedule().guildId())
                .containsExactly("g1");
        assertThat(service.reveals(theirs))
                .extracting(r -> r.schedule().guildId())
                .containsExactly("g2");
    }

    @Test
    void answersCountOnceAndCloseAtTheReveal() {
        service.setup(berlin);
        clock.set(Instant.parse("2026-01-15T08:00:00Z"));
        var post = service.due().get(0);
        service.posted("g1", post.date(), "m1");
        var first = service.answer("g1", post.date(), 0, "ann", 1);
        var again = service.answer("g1", post.date(), 0, "ann", 2);
        clock.set(Instant.parse("2026-01-15T08:30:00Z"));
        var reveals = service.reveals();
        service.revealed("g1", post.date());
        var late = service.answer("g1", post.date(), 0, "bob", 1);
        assertThat(first).isEqualTo(new DailyService.Answered.Recorded(1, Instant.parse("2026-01-15T08:30:00Z"), 1));
        assertThat(again).isEqualTo(new DailyService.Answered.AlreadyAnswered(1));
        assertThat(reveals)
                .singleElement()
                .satisfies(r -> assertThat(r.tallies().get(0)).containsEntry(1, 1));
        assertThat(service.reveals()).isEmpty();
        assertThat(late).isInstanceOf(DailyService.Answered.Closed.class);
    }

    @Test
    void aStreakCountsThePostsAnsweredInARowAndDaysWithoutAPostDoNotBreakIt() {
        // GIVEN posts on the 15th, 16th and 18th (the bot was down on the 17th), and one on the 19th
        service.setup(berlin);
        for (String day : List.of("2026-01-15", "2026-01-16", "2026-01-18", "2026-01-19")) {
            clock.set(Instant.parse(day + "T08:00:00Z"));
            var post = service.due().get(0);
            service.posted("g1", post.date(), "m-" + day);
            if (!day.equals("2026-01-16")) {
                service.answer("g1", post.date(), 0, "ann", 0);
            }
            service.answer("g1", post.date(), 0, "bob", 0);
        }
        // WHEN / THEN bob answered all four, ann missed the 16th
        assertThat(service.streak("g1", "bob", LocalDate.parse("2026-01-19"))).isEqualTo(4);
        assertThat(service.streak("g1", "ann", LocalDate.parse("2026-01-19"))).isEqualTo(2);
        assertThat(service.streak("g1", "cyd", LocalDate.parse("2026-01-19"))).isZero();
    }

    @Test
    void aWeeklySummaryOnMondayNamesTheTopLearnersAndWeakestTopicsOnce() {
        // GIVEN a weekly summary, and a week of posts that ann always got right and bob always wrong
        var weekly = new DailySchedule(
                "g1", "c1", LocalTime.parse("09:00"), ZoneId.of("Europe/Berlin"), 2, "", Duration.ofMinutes(30), true);
        service.setup(weekly);
        for (int day = 12; day <= 18; day++) {
            clock.set(Instant.parse("2026-01-%dT08:00:00Z".formatted(day)));
            var post = service.due().get(0);
            service.posted("g1", post.date(), "m" + day);
            for (int q = 0; q < 2; q++) {
                service.answer("g1", post.date(), q, "ann", 1); // the answer "x" is option B
                service.answer("g1", post.date(), q, "bob", 0);
            }
        }
        // WHEN Monday's round comes (twice)
        clock.set(Instant.parse("2026-01-19T08:00:00Z"));
        List<WeeklySummary> first = service.summaries();
        service.summaryPosted("g1", LocalDate.parse("2026-01-19"), "w1");
        List<WeeklySummary> second = service.summaries();
        // THEN one summary of the seven days
        assertThat(first).singleElement().satisfies(w -> {
            assertThat(w.from()).isEqualTo(LocalDate.parse("2026-01-12"));
            assertThat(w.posts()).isEqualTo(7);
            assertThat(w.top())
                    .containsExactly(
                            new WeeklySummary.Standing("ann", 14, 14), new WeeklySummary.Standing("bob", 0, 14));
            assertThat(w.weakest())
                    .hasSize(3)
                    .allSatisfy(t -> assertThat(t.share()).isEqualTo(0.5));
        });
        assertThat(second).isEmpty();
    }

    @Test
    void whatIsDueForMostMembersComesBeforeTheRest() {
        // GIVEN ann and bob answer daily posts, and both have q5 due in their memory, ann also q2
        service.setup(berlin);
        clock.set(Instant.parse("2026-01-15T08:00:00Z"));
        var first = service.due().get(0);
        service.posted("g1", first.date(), "m1");
        service.answer("g1", first.date(), 0, "ann", 0);
        service.answer("g1", first.date(), 0, "bob", 0);
        var due = com.studybot.core.quiz.CardMemory.fresh(Instant.parse("2026-01-10T00:00:00Z"));
        memory.save("ann", "q5", due);
        memory.save("bob", "q5", due);
        memory.save("ann", "q2", due);
        // WHEN the next day's post is picked
        clock.set(Instant.parse("2026-01-16T08:00:00Z"));
        var next = service.due().get(0);
        // THEN q5 (due for two) leads, then q2 (due for one)
        assertThat(next.questions()).extracting(Question::id).containsExactly("q5", "q2");
    }
}
