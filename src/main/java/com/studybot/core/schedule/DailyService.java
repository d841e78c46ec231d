package com.studybot.core.schedule;

import com.studybot.core.persistence.CardMemoryStore;
import com.studybot.core.persistence.DailyAnswerStore;
import com.studybot.core.persistence.DailyScheduleStore;
import com.studybot.core.persistence.PostLedger;
import com.studybot.core.persistence.ScoreStore;
import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.QuestionPool;
import com.studybot.core.telemetry.Telemetry;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The servers' daily quizzes: which posts are due (each claimed in the ledger before it is sent, so a
 * server gets at most one post per local date, and a claim left unsent by a crash is completed), members'
 * answers (the first one counts), and which posts are due to be revealed.
 */
public final class DailyService {
    private static final Logger LOG = LoggerFactory.getLogger(DailyService.class);

    /** A post to send now: its questions, claimed for the server's local date. */
    public record DuePost(DailySchedule schedule, LocalDate date, List<Question> questions) {
        public DuePost {
            questions = List.copyOf(questions);
        }
    }

    /** A post whose answers are to be revealed, with how many members chose each option of each question. */
    public record DueReveal(
            DailySchedule schedule,
            PostLedger.Post post,
            List<Question> questions,
            List<Map<Integer, Integer>> tallies) {
        public DueReveal {
            questions = List.copyOf(questions);
            tallies = List.copyOf(tallies);
        }
    }

    /** What became of a member's answer. */
    public sealed interface Answered {
        /** Recorded; {@code streak} is how many daily posts in a row the member has now answered. */
        record Recorded(int choice, Instant revealAt, int streak) implements Answered {}

        record AlreadyAnswered(int choice) implements Answered {}

        record Closed() implements Answered {}
    }

    private final DailyScheduleStore schedules;
    private final PostLedger ledger;
    private final DailyAnswerStore answers;
    private final DailyPicker picker;
    private final DailyPlan plan;
    private final Clock clock;
    private final Telemetry telemetry;
    private final java.util.Set<String> missedLogged = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public DailyService(
            DailyScheduleStore schedules,
            PostLedger ledger,
            DailyAnswerStore answers,
            ScoreStore scores,
            CardMemoryStore memory,
            QuestionPool pool,
            DailyPlan plan,
            Clock clock,
            int noRepeatDays) {
        this(schedules, ledger, answers, scores, memory, pool, plan, clock, noRepeatDays, Telemetry.NONE);
    }

    /** As above, telling {@code telemetry} of each post skipped because its catch-up window closed. */
    public DailyService(
            DailyScheduleStore schedules,
            PostLedger ledger,
            DailyAnswerStore answers,
            ScoreStore scores,
            CardMemoryStore memory,
            QuestionPool pool,
            DailyPlan plan,
            Clock clock,
            int noRepeatDays,
            Telemetry telemetry) {
        this.telemetry = telemetry;
        this.schedules = schedules;
        this.ledger = ledger;
        this.answers = answers;
        this.picker = new DailyPicker(pool, ledger, scores, answers, memory, noRepeatDays);
        this.plan = plan;
        this.clock = clock;
    }

    public void setup(DailySchedule schedule) {
        schedules.save(schedule);
    }

    public void off(String guildId) {
        schedules.remove(guildId);
    }

    public Optional<DailySchedule> schedule(String guildId) {
        return schedules.find(guildId);
    }

    public Instant next(DailySchedule schedule) {
        return plan.next(schedule, clock.instant());
    }

    /** The posts due now, every one claimed; a claim that was never sent (a crash) comes back to be sent. */
    public List<DuePost> due() {
        return due(guild -> true);
    }

    /**
     * As {@link #due()}, for the servers {@code guilds} accepts only (a process's own: another process posts in
     * the others, and their claims are left to it).
     */
    public synchronized List<DuePost> due(Predicate<String> guilds) {
        Instant now = clock.instant();
        var out = new ArrayList<DuePost>();
        for (DailySchedule s : schedules(guilds)) {
            Optional<LocalDate> due = plan.due(s, now);
            due.flatMap(date -> claim(s, date, now)).ifPresent(out::add);
            if (due.isEmpty()) {
                noteMissed(s, now);
            }
        }
        return out;
    }

    /** Today's post of the server at once (an admin's "now"), unless today's was posted already. */
    public synchronized Optional<DuePost> now(String guildId) {
        Instant now = clock.instant();
        return schedules
                .find(guildId)
                .flatMap(s -> claim(s, now.atZone(s.zone()).toLocalDate(), now));
    }

    /** Logs, once per server and date, a post whose catch-up window closed before it was sent. */
    private void noteMissed(DailySchedule s, Instant now) {
        LocalDate yesterday = now.atZone(s.zone()).toLocalDate().minusDays(1);
        for (LocalDate d : List.of(yesterday.plusDays(1), yesterday)) {
            boolean passed = !now.isBefore(DailyTime.at(d, s.time(), s.zone()).plus(plan.catchUp()));
            if (passed && ledger.find(s.guildId(), d).isEmpty() && missedLogged.add(s.guildId() + "|" + d)) {
                LOG.info(
                        "No daily quiz for guild {} on {}: its time passed more than the catch-up window ago"
                                + " (the bot was down, or the schedule is newer); skipped",
                        s.guildId(),
                        d);
                telemetry.dailyPost(Telemetry.DailyOutcome.SKIPPED, "catch_up_passed");
            }
        }
    }

    private Optional<DuePost> claim(DailySchedule s, LocalDate date, Instant now) {
        Optional<PostLedger.Post> existing = ledger.find(s.guildId(), date);
        if (existing.isPresent()) {
            if (existing.get().posted()) {
                return Optional.empty();
            }
            // a claim never sent (a crash) is sent now; one whose questions all left the notes cannot be
            List<Question> claimed = picker.resolve(existing.get().questionIds());
            return claimed.isEmpty() ? Optional.empty() : Optional.of(new DuePost(s, date, claimed));
        }
        List<Question> questions = picker.pick(s, date);
        if (questions.isEmpty()) {
            return Optional.empty();
        }
        List<String> ids = questions.stream().map(Question::id).toList();
        return ledger.claim(s.guildId(), date, ids, now)
                ? Optional.of(new DuePost(s, date, questions))
                : Optional.empty();
    }

    private List<DailySchedule> schedules(Predicate<String> guilds) {
        return schedules.all().stream().filter(s -> guilds.test(s.guildId())).toList();
    }

    public void posted(String guildId, LocalDate date, String messageId) {
        ledger.posted(guildId, date, messageId);
    }

    /** Marks the post as given up ({@code why}: Discord refused it for good), so it is neither retried nor revealed. */
    public void failed(String guildId, LocalDate date, String why) {
        ledger.posted(guildId, date, FAILED + why);
        ledger.revealed(guildId, date, clock.instant());
    }

    /** The message id the ledger keeps for a post Discord refused for good. */
    public static final String FAILED = "failed:"; // PostLedger.Post.sent() knows it too

    /** Posted, unrevealed posts of the last days whose reveal time has come. */
    public List<DueReveal> reveals() {
        return reveals(guild -> true);
    }

    /** As {@link #reveals()}, for the servers {@code guilds} accepts only. */
    public synchronized List<DueReveal> reveals(Predicate<String> guilds) {
        Instant now = clock.instant();
        var out = new ArrayList<DueReveal>();
        for (DailySchedule s : schedules(guilds)) {
            LocalDate today = now.atZone(s.zone()).toLocalDate();
            for (PostLedger.Post p : ledger.since(s.guildId(), today.minusDays(2))) {
                if (p.posted() && p.revealedAt().isEmpty() && !now.isBefore(DailyPlan.revealAt(s, p.date()))) {
                    out.add(reveal(s, p));
                }
            }
        }
        return out;
    }

    private DueReveal reveal(DailySchedule s, PostLedger.Post p) {
        var tallies = new ArrayList<Map<Integer, Integer>>();
        for (int q = 0; q < p.questionIds().size(); q++) {
            tallies.add(answers.tally(s.guildId(), p.date(), q));
        }
        return new DueReveal(s, p, picker.resolve(p.questionIds()), tallies);
    }

    public void revealed(String guildId, LocalDate date) {
        ledger.revealed(guildId, date, clock.instant());
    }

    /** A member's answer to question {@code question} of the post of {@code date}: the first one counts. */
    public Answered answer(String guildId, LocalDate date, int question, String userId, int choice) {
        Objects.requireNonNull(userId, "userId");
        Optional<PostLedger.Post> post = ledger.find(guildId, date);
        Optional<DailySchedule> s = schedules.find(guildId);
        if (post.isEmpty() || post.get().revealedAt().isPresent()) {
            return new Answered.Closed();
        }
        if (!answers.answer(guildId, date, question, userId, choice)) {
            return new Answered.AlreadyAnswered(
                    answers.choiceOf(guildId, date, question, userId).orElse(choice));
        }
        Instant revealAt = s.map(x -> DailyPlan.revealAt(x, date)).orElse(clock.instant());
        return new Answered.Recorded(choice, revealAt, streak(guildId, userId, date));
    }

    /**
     * How many of the server's posts in a row, up to the one of {@code upTo}, the member answered: days
     * without a post (the bot was down, daily posts off) don't break a streak.
     */
    public int streak(String guildId, String userId, LocalDate upTo) {
        var answered = new java.util.HashSet<>(answers.daysAnswered(guildId, userId));
        List<PostLedger.Post> posts = ledger.since(guildId, upTo.minusDays(366));
        int streak = 0;
        for (int i = posts.size() - 1; i >= 0; i--) {
            PostLedger.Post p = posts.get(i);
            if (p.date().isAfter(upTo) || !p.posted()) {
                continue;
            }
            if (!answered.contains(p.date())) {
                break;
            }
            streak++;
        }
        return streak;
    }

    /** The ledger key of a server's weekly summaries (kept apart from its daily posts). */
    static String weeklyKey(String guildId) {
        return guildId + "#weekly";
    }

    /**
     * The weekly summaries due now: for servers that want them, on Monday once the daily time has come,
     * over the seven days before; each claimed once like a post (a claim a crash left unsent comes back).
     */
    public List<WeeklySummary> summaries() {
        return summaries(guild -> true);
    }

    /** As {@link #summaries()}, for the servers {@code guilds} accepts only. */
    public synchronized List<WeeklySummary> summaries(Predicate<String> guilds) {
        Instant now = clock.instant();
        var out = new ArrayList<WeeklySummary>();
        for (DailySchedule s : schedules(guilds)) {
            Optional<LocalDate> due = plan.due(s, now).filter(d -> s.weekly() && d.getDayOfWeek() == DayOfWeek.MONDAY);
            if (due.isEmpty()) {
                continue;
            }
            LocalDate monday = due.get();
            Optional<PostLedger.Post> claimed = ledger.find(weeklyKey(s.guildId()), monday);
            boolean ours = claimed.isPresent()
                    ? !claimed.get().posted()
                    : ledger.claim(weeklyKey(s.guildId()), monday, List.of(), now);
            if (ours) {
                out.add(WeeklySummary.of(
                        s,
                        monday.minusDays(7),
                        monday.minusDays(1),
                        ledger.since(s.guildId(), monday.minusDays(7)),
                        answers,
                        picker.byId()));
            }
        }
        return out;
    }

    /** Marks the server's weekly summary of {@code monday} as sent. */
    public void summaryPosted(String guildId, LocalDate monday, String messageId) {
        ledger.posted(weeklyKey(guildId), monday, messageId);
    }

    /** The questions a post of today would ask (for a preview). */
    public List<Question> preview(DailySchedule s) {
        return picker.pick(s, clock.instant().atZone(s.zone()).toLocalDate());
    }
}
