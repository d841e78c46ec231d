package com.studybot.core.answer;

import com.studybot.core.common.Terms;
import com.studybot.core.common.WrittenNames;
import com.studybot.core.retrieval.Evidence;
import com.studybot.core.retrieval.Passage;
import java.util.List;
import java.util.Optional;

/**
 * The signals the answer decision weighs, taken from the question and its top passages. Each means the same
 * on any notes and with either embedding model: shares, ranks and differences, no raw score of one corpus.
 */
public final class DecisionFeatures {
    /** Names in vector order; a shipped {@link AnswerPolicy} lists them so that a mismatch fails loudly. */
    public static final List<String> NAMES = List.of(
            "coverage",
            "similarity",
            "margin",
            "agreement",
            "lexical",
            "dense",
            "kindMissing",
            "shortQuestion",
            "sentenceCoverage",
            "restCoverage",
            "unseenShare",
            "unseenName");

    /** Where {@code kindMissing} stands in the vector: the decision also caps the outcome by it. */
    public static final int KIND_MISSING = NAMES.indexOf("kindMissing");

    /** Where {@code unseenName} stands in the vector: the decision also caps the outcome by it. */
    public static final int UNSEEN_NAME = NAMES.indexOf("unseenName");

    private DecisionFeatures() {}

    /** The features of the best passage for {@code question}; all zero when nothing was retrieved. */
    public static double[] of(String question, List<Passage> passages) {
        double[] f = new double[NAMES.size()];
        if (passages.isEmpty()) {
            return f;
        }
        Passage top = passages.get(0);
        Evidence e = top.evidence();
        f[0] = e.coverage();
        f[1] = e.similarity();
        f[2] = e.standout();
        f[3] = e.agreement();
        f[4] = e.lexicalRank() == 0 ? 0 : 1.0 / e.lexicalRank();
        f[5] = e.denseRank() == 0 ? 0 : 1.0 / e.denseRank();
        f[6] = kindMissing(question, top) ? 1 : 0;
        f[7] = Terms.of(question).size() <= 2 ? 1 : 0;
        f[8] = e.sentenceCoverage();
        f[9] = e.restCoverage();
        f[10] = e.unseenShare();
        f[11] = unknownName(passages).isPresent() ? 1 : 0;
        return f;
    }

    /**
     * Whether the features rule out an answer whatever the confidence: the question asks for a kind of fact the
     * best passage does not state, or names something the notes never write.
     */
    public static boolean capped(double[] f) {
        return f[KIND_MISSING] > 0 || f[UNSEEN_NAME] > 0;
    }

    /**
     * The name the question writes that the notes never use ("Spanner"), as the best passage's evidence has it;
     * empty when there is none, or when it is an acronym the passages spell out ("PR" for "pull request").
     */
    public static Optional<String> unknownName(List<Passage> passages) {
        if (passages.isEmpty()) {
            return Optional.empty();
        }
        String name = passages.get(0).evidence().unseenName();
        return name.isEmpty() || spelledOut(name, passages) ? Optional.empty() : Optional.of(name);
    }

    /** "PR" for the "pull request" of a passage: a shorthand of words the notes use, no unknown name. */
    private static boolean spelledOut(String name, List<Passage> passages) {
        return passages.stream()
                .anyMatch(p -> WrittenNames.spelledOut(name, p.chunk().text()));
    }

    /** The question asks for a kind of fact (a price, a date…) that the passage does not state. */
    public static boolean kindMissing(String question, Passage passage) {
        return !AskedKind.of(question).statedIn(passage.chunk().text(), question);
    }
}
