package com.studybot.core.persistence;

import com.studybot.core.quiz.CardMemory;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Remembers each user's spaced-repetition memory of each card. */
public interface CardMemoryStore {
    Optional<CardMemory> find(String userId, String cardId);

    /** Stores the card's memory; the write is committed when this returns. */
    void save(String userId, String cardId, CardMemory memory);

    /** Ids of the user's cards due at {@code now}, most overdue first. */
    List<String> due(String userId, Instant now, int limit);
}
