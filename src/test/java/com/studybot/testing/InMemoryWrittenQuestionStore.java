package com.studybot.testing;

import com.studybot.core.persistence.WrittenQuestionStore;
import com.studybot.core.quiz.generate.WrittenSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The in-memory fake of the written-question port, held to the same contract as the JDBC store. */
public final class InMemoryWrittenQuestionStore implements WrittenQuestionStore {
    private record Key(String contentHash, String model) {}

    private final Map<Key, WrittenSet> sets = new ConcurrentHashMap<>();

    @Override
    public void save(WrittenSet set) {
        sets.put(new Key(set.contentHash(), set.model()), set);
    }

    @Override
    public List<WrittenSet> all(String model) {
        return sets.values().stream()
                .filter(s -> s.model().equals(model))
                .sorted(Comparator.comparing(WrittenSet::contentHash))
                .toList();
    }
}
