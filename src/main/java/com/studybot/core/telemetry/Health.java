package com.studybot.core.telemetry;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Whether the bot is ready to serve, with the reasons when not: the index is open and every Discord shard it
 * owns is connected. Checks combine with {@link #all}; a check that throws counts as not ready.
 */
public interface Health {
    Readiness readiness();

    /** Ready when every check is; the reasons of all that are not. */
    static Health all(List<Health> checks) {
        List<Health> copy = List.copyOf(checks);
        return () -> {
            var problems = new ArrayList<String>();
            for (Health check : copy) {
                try {
                    problems.addAll(check.readiness().problems());
                } catch (RuntimeException e) {
                    problems.add("a health check failed: " + e);
                }
            }
            return new Readiness(problems);
        };
    }

    /** Ready while {@code open} says the search index is open. */
    static Health index(BooleanSupplier open) {
        return () -> open.getAsBoolean() ? Readiness.READY : Readiness.notReady("the search index is not open");
    }

    /**
     * Ready when {@code shards} lists at least one shard and each is connected; read on every check, so a shard
     * manager's shards (or the single client's one) are seen as they are now.
     */
    static Health shards(Supplier<List<ShardState>> shards) {
        return () -> {
            List<ShardState> now = shards.get();
            if (now.isEmpty()) {
                return Readiness.notReady("no Discord shard is running");
            }
            return new Readiness(now.stream()
                    .filter(s -> !s.connected())
                    .map(s -> "Discord shard " + s.shard() + " is " + s.status())
                    .toList());
        };
    }
}
