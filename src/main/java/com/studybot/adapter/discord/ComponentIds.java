package com.studybot.adapter.discord;

import com.studybot.core.persistence.ComponentStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Button and form ids: {@code prefix:UUID:action}. The payload they stand for is stored once per message
 * under {@code prefix:UUID} with an expiry, so buttons keep working after a restart and expire cleanly.
 */
public final class ComponentIds {
    /** What a clicked id stands for. */
    public sealed interface Resolved {
        record Found(String prefix, String payload, String action) implements Resolved {}

        record Expired() implements Resolved {}

        record Unknown() implements Resolved {}
    }

    private final ComponentStore store;
    private final Clock clock;
    private final Duration lifespan;

    public ComponentIds(ComponentStore store, Clock clock, Duration lifespan) {
        this.store = store;
        this.clock = clock;
        this.lifespan = lifespan;
    }

    /** Stores the payload and returns the base id; append {@link #action} for each button. */
    public String create(String prefix, String payload) {
        if (prefix.contains(":")) {
            throw new IllegalArgumentException("prefix must not contain ':'");
        }
        String id = prefix + ":" + UUID.randomUUID();
        store.save(id, payload, clock.instant().plus(lifespan));
        return id;
    }

    /** A button's id: the base id and its action (at most 100 characters in all, as Discord allows). */
    public static String action(String baseId, String action) {
        String id = baseId + ":" + action;
        if (id.length() > 100) {
            throw new IllegalArgumentException("component id longer than 100 characters: " + id);
        }
        return id;
    }

    public Resolved resolve(String componentId) {
        Objects.requireNonNull(componentId, "componentId");
        String[] parts = componentId.split(":", 3);
        if (parts.length < 2) {
            return new Resolved.Unknown();
        }
        String base = parts[0] + ":" + parts[1];
        Optional<ComponentStore.Entry> entry = store.find(base);
        if (entry.isEmpty()) {
            return new Resolved.Unknown();
        }
        Instant now = clock.instant();
        if (!now.isBefore(entry.get().expiresAt())) {
            return new Resolved.Expired();
        }
        return new Resolved.Found(parts[0], entry.get().payload(), parts.length == 3 ? parts[2] : "");
    }
}
