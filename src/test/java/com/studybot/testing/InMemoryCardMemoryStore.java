package com.studybot.testing;

import com.studybot.core.persistence.CardMemoryStore;
import com.studybot.core.quiz.CardMemory;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The in-memory fake of the port, held to the same contract as the real stores. */
public final class InMemoryCardMemoryStore implements CardMemoryStore {
    private final Map<String, Map<String, CardMemory>> byUser = new ConcurrentHashMap<>();

    @Override
    public Optional<CardMemory> find(String userId, String cardId) {
        return Optional.ofNullable(byUser.getOrDefault(userId, Map.of()).get(cardId));
    }

    @Override
    public void save(String userId, String cardId, CardMemory memory) {
        byUser.computeIfAbsent(userId, u -> new ConcurrentHashMap<>()).put(cardId, memory);
    }

    @Override
    public List<String> due(String userId, Instant now, int limit) {
        return byUser.getOrDefault(userId, Map.of()).entrySet().stream()
                .filter(e -> e.getValue().isDue(now))
                .sorted(Comparator.comparing((Map.Entry<String, CardMemory> e) ->
                                e.getValue().due())
                        .thenComparing(Map.Entry::getKey))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }
}
