package com.studybot.testing;

import com.studybot.core.persistence.DailyAnswerStore;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** The in-memory fake of the daily answer port, held to the same contract as the JDBC store. */
public final class InMemoryDailyAnswerStore implements DailyAnswerStore {
    private record Question(String guildId, LocalDate date, int question) {}

    private record Key(Question question, String userId) {}

    private final Map<Key, Integer> choices = new ConcurrentHashMap<>();

    @Override
    public boolean answer(String guildId, LocalDate date, int question, String userId, int choice) {
        return choices.putIfAbsent(new Key(new Question(guildId, date, question), userId), choice) == null;
    }

    @Override
    public Map<Integer, Integer> tally(String guildId, LocalDate date, int question) {
        var asked = new Question(guildId, date, question);
        var counts = new TreeMap<Integer, Integer>();
        choices.forEach((key, choice) -> {
            if (key.question().equals(asked)) {
                counts.merge(choice, 1, Integer::sum);
            }
        });
        return Collections.unmodifiableMap(counts);
    }

    @Override
    public Optional<Integer> choiceOf(String guildId, LocalDate date, int question, String userId) {
        return Optional.ofNullable(choices.get(new Key(new Question(guildId, date, question), userId)));
    }

    @Override
    public java.util.List<LocalDate> daysAnswered(String guildId, String userId) {
        return choices.keySet().stream()
                .filter(k -> k.userId().equals(userId) && k.question().guildId().equals(guildId))
                .map(k -> k.question().date())
                .distinct()
                .sorted()
                .toList();
    }

    @Override
    public Map<String, Integer> choices(String guildId, LocalDate date, int question) {
        var out = new java.util.TreeMap<String, Integer>();
        choices.forEach((k, v) -> {
            if (k.question().equals(new Question(guildId, date, question))) {
                out.put(k.userId(), v);
            }
        });
        return out;
    }

    @Override
    public java.util.Set<String> members(String guildId, LocalDate since) {
        var out = new java.util.TreeSet<String>();
        choices.keySet().stream()
                .filter(k -> k.question().guildId().equals(guildId)
                        && !k.question().date().isBefore(since))
                .forEach(k -> out.add(k.userId()));
        return out;
    }
}
