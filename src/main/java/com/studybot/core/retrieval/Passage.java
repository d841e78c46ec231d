package com.studybot.core.retrieval;

import com.studybot.core.content.Chunk;
import java.util.Objects;

/**
 * A retrieved chunk with its fused score (higher is better, 0..1: the best passage of a search scores
 * highest) and the evidence signals behind it.
 */
public record Passage(Chunk chunk, double score, Evidence evidence) {
    public Passage {
        Objects.requireNonNull(chunk, "chunk");
        Objects.requireNonNull(evidence, "evidence");
    }
}
