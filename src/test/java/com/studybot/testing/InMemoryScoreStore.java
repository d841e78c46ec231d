package com.studybot.testing;

import com.studybot.core.persistence.ScoreStore;
import com.studybot.core.quiz.Scoreboard;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The in-memory fake of the score port, held to the same contract as the JDBC store. */
public final class InMemoryScoreStore implements ScoreStore {
    private record Entry(String community, String topic, String question, boolean correct, Instant at) {
        boolean in(String where) {
            return where.isEmpty() || where.equals(community);
        }
    }

    private final Map<String, List<Entry>> byUser = new LinkedHashMap<>();

    @Override
    public synchronized void record(
            String userId, String community, String topic, String questionId, boolean correct, Instant at) {
        byUser.computeIfAbsent(userId, u -> new ArrayList<>())
                .add(new Entry(community, topic, questionId, correct, at));
    }

    @Override
    public synchronized void overrule(String userId, String questionId) {
        var entries = byUser.getOrDefault(userId, List.of());
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry e = entries.get(i);
            if (e.question().equals(questionId)) {
                entries.set(i, new Entry(e.community(), e.topic(), e.question(), true, e.at()));
                return;
            }
        }
    }

    @Override
    public synchronized List<String> misses(
            java.util.Optional<String> userId, String community, Instant since, int limit) {
        Map<String, Entry> latest = new java.util.HashMap<>();
        byUser.forEach((user, entries) -> {
            if (userId.isEmpty() || userId.get().equals(user)) {
                entries.stream()
                        .filter(e -> !e.question().isEmpty() && !e.at().isBefore(since) && e.in(community))
                        .forEach(e -> latest.merge(e.question(), e, (a, b) -> b.at().isAfter(a.at()) ? b : a));
            }
        });
        return latest.values().stream()
                .filter(e -> !e.correct())
                .sorted(java.util.Comparator.comparing(Entry::at).reversed().thenComparing(Entry::question))
                .limit(limit)
                .map(Entry::question)
                .toList();
    }

    @Override
    public synchronized List<Standing> leaderboard(String community, String topic, Instant since, int limit) {
        var standings = new ArrayList<Standing>();
        byUser.forEach((user, entries) -> {
            var inPeriod = entries.stream()
                    .filter(e -> !e.at().isBefore(since)
                            && (topic.isEmpty() || e.topic().equals(topic))
                            && e.in(community))
                    .toList();
            if (!inPeriod.isEmpty()) {
                int right = (int) inPeriod.stream().filter(Entry::correct).count();
                standings.add(new Standing(user, right, inPeriod.size()));
            }
        });
        standings.sort(java.util.Comparator.comparingInt(Standing::correct)
                .reversed()
                .thenComparingInt(Standing::answered)
                .thenComparing(Standing::userId));
        return standings.stream().limit(limit).toList();
    }

    @Override
    public synchronized Scoreboard board(String userId) {
        return Scoreboard.of(byUser.getOrDefault(userId, List.of()).stream()
                .map(e -> new Scoreboard.Result(e.at(), e.topic(), e.correct()))
                .toList());
    }
}
