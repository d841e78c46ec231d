package com.studybot.core.retrieval;

import java.util.Objects;

/** A question and how many passages to return. */
public record Query(String text, int topK) {
    public Query {
        Objects.requireNonNull(text, "text");
        if (topK < 1) {
            throw new IllegalArgumentException("topK must be >= 1, was " + topK);
        }
    }
}
