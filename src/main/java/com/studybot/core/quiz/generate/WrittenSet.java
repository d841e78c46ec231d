package com.studybot.core.quiz.generate;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one model wrote for one passage (by its content hash): the drafts that passed the passage checks,
 * and how many were rejected, by reason. Kept so an unchanged passage is never sent to the model again.
 */
public record WrittenSet(String contentHash, String model, List<Draft> accepted, Map<String, Integer> rejects) {
    public WrittenSet {
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(model, "model");
        accepted = List.copyOf(accepted);
        rejects = Map.copyOf(rejects);
    }
}
