package com.studybot.testing;

import com.studybot.core.persistence.ComponentStore;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The in-memory fake of the component port, held to the same contract as the JDBC store. */
public final class InMemoryComponentStore implements ComponentStore {
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    @Override
    public void save(String id, String payload, Instant expiresAt) {
        entries.put(id, new Entry(payload, expiresAt));
    }

    @Override
    public Optional<Entry> find(String id) {
        return Optional.ofNullable(entries.get(id));
    }
}
