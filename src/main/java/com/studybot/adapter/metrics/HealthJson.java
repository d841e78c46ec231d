package com.studybot.adapter.metrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.studybot.core.telemetry.Readiness;

/** {@code {"status":"UP","problems":[]}}, or {@code "DOWN"} with each reason. */
final class HealthJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private HealthJson() {}

    static String of(Readiness readiness) {
        ObjectNode node = JSON.createObjectNode();
        node.put("status", readiness.ready() ? "UP" : "DOWN");
        var problems = node.putArray("problems");
        readiness.problems().forEach(problems::add);
        try {
            return JSON.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree of strings always writes", e);
        }
    }
}
