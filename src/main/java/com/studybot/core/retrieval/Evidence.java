package com.studybot.core.retrieval;

/**
 * How strongly a passage supports a question, in signals that mean the same on any notes and with either
 * embedding model, for the answer decision to weigh.
 *
 * @param similarity cosine similarity of question and passage embeddings (-1..1), 0 when unknown
 * @param coverage share of the question's content terms found in the passage, weighted by rarity (0..1)
 * @param lexicalRank the passage's rank in the BM25 ranking (1 = first), 0 when BM25 did not find it
 * @param denseRank the passage's rank in the embedding ranking (1 = first), 0 when not among its candidates
 * @param standout how far the passage's cosine stands above the question's cosines to the embedding search's
 *     candidates, in standard deviations of those (the larger for the two models): the same on any notes and
 *     either model, where raw cosines are not (0 when unknown)
 * @param sentenceCoverage the largest share of the question's rare-term weight that one sentence holds
 *     (computed for the best passage only; else equal to coverage)
 * @param restCoverage coverage once the question's rarest covered term is left out: a passage that names
 *     only the subject of the question scores 0 (best passage only; else equal to coverage)
 * @param unseenShare share of the question's rare-term weight in words these notes never use (best passage
 *     only; else 0)
 * @param unseenName a name the question writes that these notes never use nor spell closely ("Spanner" over
 *     notes on AWS; best passage only; else empty)
 */
public record Evidence(
        double similarity,
        double coverage,
        int lexicalRank,
        int denseRank,
        double standout,
        double sentenceCoverage,
        double restCoverage,
        double unseenShare,
        String unseenName) {
    public Evidence {
        java.util.Objects.requireNonNull(unseenName, "unseenName");
        if (similarity < -1.0001 || similarity > 1.0001) {
            throw new IllegalArgumentException("similarity must be in -1..1, was " + similarity);
        }
        if (coverage < 0 || coverage > 1.0001) {
            throw new IllegalArgumentException("coverage must be in 0..1, was " + coverage);
        }
        if (lexicalRank < 0 || denseRank < 0) {
            throw new IllegalArgumentException("ranks must be >= 0");
        }
    }

    /** Evidence with only similarity and coverage known (the passage ranked first by both searches). */
    public Evidence(double similarity, double coverage) {
        this(similarity, coverage, 1, 1, 0, coverage, coverage, 0, "");
    }

    /** As the evidence of any candidate: the sentence and rest coverage not computed. */
    public Evidence(double similarity, double coverage, int lexicalRank, int denseRank, double standout) {
        this(similarity, coverage, lexicalRank, denseRank, standout, coverage, coverage, 0, "");
    }

    /** The same evidence with the detail computed for the best passage. */
    public Evidence withDetail(double sentence, double rest, double unseen, String unseenName) {
        return new Evidence(similarity, coverage, lexicalRank, denseRank, standout, sentence, rest, unseen, unseenName);
    }

    /** 1 when both searches ranked the passage first, falling with the worse rank; 0 when one missed it. */
    public double agreement() {
        return lexicalRank == 0 || denseRank == 0 ? 0 : 1.0 / Math.max(lexicalRank, denseRank);
    }
}
