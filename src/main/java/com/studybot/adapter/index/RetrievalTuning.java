package com.studybot.adapter.index;

/**
 * Knobs of hybrid retrieval: how many candidates each ranking contributes, the RRF constant, the weight of
 * each ranking in the fusion, the boost of heading matches in BM25, and the re-ranking of the fused top
 * {@code rerankDepth} by the question's rare-term coverage and embedding similarity, and by how much of
 * the question the passage's own heading names ({@code subjectBoost}: "What is ECS?" prefers the section
 * on ECS to one that compares EKS with ECS).
 */
public record RetrievalTuning(
        int candidates,
        int rrfK,
        double lexicalWeight,
        double denseWeight,
        double headingBoost,
        int rerankDepth,
        double coverageBoost,
        double similarityBoost,
        double subjectBoost) {
    public RetrievalTuning {
        if (candidates < 1) {
            throw new IllegalArgumentException("candidates must be >= 1, was " + candidates);
        }
        if (rrfK < 1) {
            throw new IllegalArgumentException("rrfK must be >= 1, was " + rrfK);
        }
        if (rerankDepth < 0) {
            throw new IllegalArgumentException("rerankDepth must be >= 0, was " + rerankDepth);
        }
        if (lexicalWeight < 0
                || denseWeight < 0
                || headingBoost < 0
                || coverageBoost < 0
                || similarityBoost < 0
                || subjectBoost < 0) {
            throw new IllegalArgumentException("weights and boosts must be >= 0");
        }
    }

    /**
     * The numbers studybot runs with, chosen on the dev set: BM25 and MiniLM count alike, a heading match counts like
     * a body match, and the fused top 20 is re-ranked by rare-term coverage and similarity; for a "What is X?"
     * question, a section whose own heading names X gains 0.3 (content R@1 0.76 → 0.82 on the dev set, nothing lost
     * elsewhere; 0.2–0.5 on every question cost recall, so only those). Tests use these too.
     */
    public static RetrievalTuning defaults() {
        return new RetrievalTuning(40, 60, 1.0, 1.0, 1.0, 20, 0.5, 0.5, 0.3);
    }

    /** These numbers with the candidate pool and fusion constant set by name (the configuration's). */
    public RetrievalTuning withFusion(int candidates, int rrfK) {
        return new RetrievalTuning(
                candidates,
                rrfK,
                lexicalWeight,
                denseWeight,
                headingBoost,
                rerankDepth,
                coverageBoost,
                similarityBoost,
                subjectBoost);
    }
}
