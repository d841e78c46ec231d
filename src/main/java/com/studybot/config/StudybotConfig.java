package com.studybot.config;

import java.nio.file.Path;
import java.time.Duration;

/** The whole configuration, immutable; services receive only the part they need. */
public record StudybotConfig(
        Content content, Data data, Chunking chunking, Retrieval retrieval, AnswerSettings answer, Cache cache) {

    public record Content(Path dir, long maxFileBytes) {}

    public record Data(Path dir) {}

    public record Chunking(int targetWords, int maxWords) {}

    public record Retrieval(int topK, int candidates, int rrfK, boolean cjkModel) {}

    public record AnswerSettings(double minConfidence, int maxSentences) {}

    public record Cache(CacheSpec answers, CacheSpec embeddings) {}

    /** A cache's size bound and, where it has one, its time to live. */
    public record CacheSpec(long maxSize, Duration ttl) {}
}
