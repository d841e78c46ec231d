package com.studybot.core.schedule;

import com.studybot.core.persistence.DailyAnswerStore;
import com.studybot.core.persistence.PostLedger;
import com.studybot.core.quiz.Question;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A server's week of daily quizzes: how many were posted, who answered most right (top learners) and
 * which topics the group got right least often (at least two answers each).
 */
public record WeeklySummary(
        DailySchedule schedule, LocalDate from, LocalDate to, int posts, List<Standing> top, List<Standing> weakest) {
    static final int TOP = 5;
    static final int WEAKEST = 3;

    /** A member's or a topic's right answers of all its answers. */
    public record Standing(String name, int right, int answered) {
        public double share() {
            return answered == 0 ? 0 : (double) right / answered;
        }
    }

    public WeeklySummary {
        top = List.copyOf(top);
        weakest = List.copyOf(weakest);
    }

    /** Tallies the posts of {@code from}..{@code to} (inclusive) from the members' answers. */
    static WeeklySummary of(
            DailySchedule s,
            LocalDate from,
            LocalDate to,
            List<PostLedger.Post> posts,
            DailyAnswerStore answers,
            Function<String, Optional<Question>> questions) {
        Map<String, int[]> users = new HashMap<>();
        Map<String, int[]> topics = new HashMap<>();
        int count = 0;
        for (PostLedger.Post p : posts) {
            if (!p.sent() || p.date().isBefore(from) || p.date().isAfter(to)) {
                continue;
            }
            count++;
            for (int i = 0; i < p.questionIds().size(); i++) {
                Optional<Question> q = questions.apply(p.questionIds().get(i));
                if (q.isEmpty()) {
                    continue;
                }
                int right = q.get().options().indexOf(q.get().answer());
                String topic = topicOf(q.get());
                for (var choice : answers.choices(s.guildId(), p.date(), i).entrySet()) {
                    int ok = choice.getValue() == right ? 1 : 0;
                    add(users, choice.getKey(), ok);
                    add(topics, topic, ok);
                }
            }
        }
        List<Standing> top = standings(users).stream()
                .sorted(Comparator.comparingInt(Standing::right)
                        .reversed()
                        .thenComparingInt(Standing::answered)
                        .thenComparing(Standing::name))
                .limit(TOP)
                .toList();
        List<Standing> weakest = standings(topics).stream()
                .filter(t -> t.answered() >= 2)
                .sorted(Comparator.comparingDouble(Standing::share).thenComparing(Standing::name))
                .limit(WEAKEST)
                .toList();
        return new WeeklySummary(s, from, to, count, top, weakest);
    }

    private static void add(Map<String, int[]> counts, String key, int right) {
        int[] c = counts.computeIfAbsent(key, k -> new int[2]);
        c[0] += right;
        c[1]++;
    }

    private static List<Standing> standings(Map<String, int[]> counts) {
        return counts.entrySet().stream()
                .map(e -> new Standing(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    /** The note a question comes from, by its first heading ("aws/services.md › AWS services › …"). */
    static String topicOf(Question q) {
        String[] parts = q.citation().split(" › ");
        return parts.length > 1 ? parts[1] : parts[0];
    }
}
