package com.studybot.core.quiz;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A user's quiz record: answers, right answers, the current and best run of right answers, per topic, and
 * per day (UTC) for the days with answers, oldest first.
 */
public record Scoreboard(
        int answered,
        int correct,
        int currentStreak,
        int bestStreak,
        Map<String, TopicScore> topics,
        List<DayScore> days) {
    public record TopicScore(int answered, int correct) {
        public double accuracy() {
            return answered == 0 ? 0 : (double) correct / answered;
        }
    }

    /** The answers of one day. */
    public record DayScore(LocalDate day, int answered, int correct) {
        public double accuracy() {
            return answered == 0 ? 0 : (double) correct / answered;
        }
    }

    public Scoreboard {
        topics = Map.copyOf(Objects.requireNonNull(topics, "topics"));
        days = List.copyOf(Objects.requireNonNull(days, "days"));
        if (correct > answered || currentStreak > bestStreak) {
            throw new IllegalArgumentException("inconsistent scoreboard");
        }
    }

    /** One graded answer: when, on what, and whether it was right. */
    public record Result(Instant at, String topic, boolean correct) {}

    /** Builds the board from graded answers in the order given (oldest first). */
    public static Scoreboard of(List<Result> results) {
        var topics = new LinkedHashMap<String, TopicScore>();
        var days = new TreeMap<LocalDate, DayScore>();
        for (Result r : results) {
            topics.merge(
                    r.topic(),
                    new TopicScore(1, r.correct() ? 1 : 0),
                    (a, b) -> new TopicScore(a.answered() + 1, a.correct() + b.correct()));
            LocalDate day = r.at().atZone(ZoneOffset.UTC).toLocalDate();
            days.merge(
                    day,
                    new DayScore(day, 1, r.correct() ? 1 : 0),
                    (a, b) -> new DayScore(day, a.answered() + 1, a.correct() + b.correct()));
        }
        Scoreboard streaks = of(results.stream().map(Result::correct).toList(), topics);
        return new Scoreboard(
                streaks.answered(),
                streaks.correct(),
                streaks.currentStreak(),
                streaks.bestStreak(),
                topics,
                new ArrayList<>(days.values()));
    }

    /** Builds the board from answers in the order given (oldest first): {@code true} is right. */
    public static Scoreboard of(List<Boolean> results, Map<String, TopicScore> topics) {
        int correct = 0;
        int run = 0;
        int best = 0;
        for (boolean r : results) {
            correct += r ? 1 : 0;
            run = r ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return new Scoreboard(results.size(), correct, run, best, topics, List.of());
    }
}
