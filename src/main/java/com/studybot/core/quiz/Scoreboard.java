package com.studybot.core.quiz;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A user's quiz record: answers, right answers, the current and best run of right answers, per topic. */
public record Scoreboard(int answered, int correct, int currentStreak, int bestStreak, Map<String, TopicScore> topics) {
    public record TopicScore(int answered, int correct) {
        public double accuracy() {
            return answered == 0 ? 0 : (double) correct / answered;
        }
    }

    public Scoreboard {
        topics = Map.copyOf(Objects.requireNonNull(topics, "topics"));
        if (correct > answered || currentStreak > bestStreak) {
            throw new IllegalArgumentException("inconsistent scoreboard");
        }
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
        return new Scoreboard(results.size(), correct, run, best, topics);
    }
}
