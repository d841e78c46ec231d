package com.studybot.core.quiz.game;

import com.studybot.core.quiz.Question;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A group game in one channel: what it asks (the questions and the topic each comes from), how it plays
 * ({@link Timing}), who started it ({@code host}), who joined ({@code players}, in the order they joined), every
 * answer given so far, and how many questions in a row went unanswered ({@code quiet}).
 */
public record Game(
        String channel,
        String community,
        String host,
        String topic,
        GameMode mode,
        List<Question> questions,
        List<String> questionTopics,
        Timing timing,
        List<String> players,
        List<GameAnswer> answers,
        int quiet) {

    /** How long the lobby stays open, each question is asked, and each answer is shown before the next. */
    public record Timing(Duration lobby, Duration perQuestion, Duration reveal) {
        public Timing {
            Objects.requireNonNull(lobby, "lobby");
            Objects.requireNonNull(perQuestion, "perQuestion");
            Objects.requireNonNull(reveal, "reveal");
            if (perQuestion.isNegative() || perQuestion.isZero()) {
                throw new IllegalArgumentException("a question needs some time, was " + perQuestion);
            }
        }
    }

    public Game {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(community, "community");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(mode, "mode");
        questions = List.copyOf(questions);
        questionTopics = List.copyOf(questionTopics);
        Objects.requireNonNull(timing, "timing");
        players = List.copyOf(players);
        answers = List.copyOf(answers);
        if (questions.isEmpty() || questionTopics.size() != questions.size()) {
            throw new IllegalArgumentException("a game asks at least one question, each with its topic");
        }
    }

    /** A new game nobody has joined yet. */
    public static Game of(
            String channel,
            String community,
            String host,
            String topic,
            GameMode mode,
            List<Question> questions,
            List<String> questionTopics,
            Timing timing) {
        return new Game(
                channel, community, host, topic, mode, questions, questionTopics, timing, List.of(), List.of(), 0);
    }

    public int total() {
        return questions.size();
    }

    public boolean joined(String member) {
        return players.contains(member);
    }

    Game withPlayer(String member) {
        if (joined(member)) {
            return this;
        }
        var more = new ArrayList<>(players);
        more.add(member);
        return new Game(channel, community, host, topic, mode, questions, questionTopics, timing, more, answers, quiet);
    }

    Game withAnswer(GameAnswer answer) {
        var more = new ArrayList<>(answers);
        more.add(answer);
        Game g = withPlayer(answer.member());
        return new Game(
                channel, community, host, topic, mode, questions, questionTopics, timing, g.players, more, quiet);
    }

    Game withQuiet(int q) {
        return new Game(channel, community, host, topic, mode, questions, questionTopics, timing, players, answers, q);
    }

    /** The answers to question {@code index}, in the order they came. */
    public List<GameAnswer> answersTo(int index) {
        return answers.stream().filter(a -> a.question() == index).toList();
    }

    /** Whether {@code member} answered question {@code index}. */
    public boolean answered(String member, int index) {
        return answers.stream()
                .anyMatch(a -> a.question() == index && a.member().equals(member));
    }

    /** Every player's standing, most points first (then most right, then who joined first). */
    public List<Standing> standings() {
        Map<String, int[]> sums = new LinkedHashMap<>(); // points, correct, answered
        Map<String, Map<String, Integer>> rightByTopic = new LinkedHashMap<>();
        players.forEach(p -> sums.put(p, new int[3]));
        for (GameAnswer a : answers) {
            int[] s = sums.computeIfAbsent(a.member(), m -> new int[3]);
            s[0] += a.points();
            s[1] += a.correct() ? 1 : 0;
            s[2]++;
            if (a.correct()) {
                rightByTopic
                        .computeIfAbsent(a.member(), m -> new LinkedHashMap<>())
                        .merge(questionTopics.get(a.question()), 1, Integer::sum);
            }
        }
        var order = new ArrayList<>(sums.keySet());
        var out = new ArrayList<Standing>();
        for (var e : sums.entrySet()) {
            String best = rightByTopic.getOrDefault(e.getKey(), Map.of()).entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey)
                    .orElse("");
            int[] s = e.getValue();
            out.add(new Standing(e.getKey(), s[0], s[1], s[2], best));
        }
        out.sort(Comparator.comparingInt(Standing::points)
                .reversed()
                .thenComparing(Comparator.comparingInt(Standing::correct).reversed())
                .thenComparingInt(s -> order.indexOf(s.member())));
        return List.copyOf(out);
    }
}
