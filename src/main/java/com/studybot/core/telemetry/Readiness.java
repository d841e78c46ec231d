package com.studybot.core.telemetry;

import java.util.List;

/** Whether the bot can serve: ready when nothing stands in the way; else each reason, in a sentence. */
public record Readiness(List<String> problems) {
    public static final Readiness READY = new Readiness(List.of());

    public Readiness {
        problems = List.copyOf(problems);
    }

    public static Readiness notReady(String problem) {
        return new Readiness(List.of(problem));
    }

    public boolean ready() {
        return problems.isEmpty();
    }
}
