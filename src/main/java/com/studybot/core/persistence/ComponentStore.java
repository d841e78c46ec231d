package com.studybot.core.persistence;

import java.time.Instant;
import java.util.Optional;

/**
 * Keeps what a button or form stands for (its payload) under a random id, with an expiry, so buttons keep
 * working after a restart and say clearly when they have expired.
 */
public interface ComponentStore {
    /** A stored payload and when it stops working. */
    record Entry(String payload, Instant expiresAt) {}

    /** Stores {@code payload} under {@code id}; committed when this returns. */
    void save(String id, String payload, Instant expiresAt);

    Optional<Entry> find(String id);
}
