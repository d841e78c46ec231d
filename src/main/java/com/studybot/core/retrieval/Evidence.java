package com.studybot.core.retrieval;

/**
 * How strongly a passage supports a question, in signals a refusal policy can weigh.
 *
 * @param similarity cosine similarity of question and passage embeddings (-1..1), 0 when unknown
 * @param coverage share of the question's content terms found in the passage, weighted by rarity (0..1)
 */
public record Evidence(double similarity, double coverage) {
    public Evidence {
        if (similarity < -1.0001 || similarity > 1.0001) {
            throw new IllegalArgumentException("similarity must be in -1..1, was " + similarity);
        }
        if (coverage < 0 || coverage > 1.0001) {
            throw new IllegalArgumentException("coverage must be in 0..1, was " + coverage);
        }
    }
}
