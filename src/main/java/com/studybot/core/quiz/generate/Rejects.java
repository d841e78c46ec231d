package com.studybot.core.quiz.generate;

import java.util.Map;
import java.util.TreeMap;

/** Counts why candidate questions (or single distractors) were thrown away. */
final class Rejects {
    static final String NOT_STATED = "answer not stated in its passage";
    static final String GIVEN_AWAY = "prompt gives the answer away";
    static final String TOO_SHORT = "prompt too short to be fair";
    static final String HALF_GIVEN = "short prompt holds part of the answer";
    static final String TOO_LONG = "prompt too long";
    static final String LONG_ANSWER = "answer longer than 5 words";
    static final String GENERIC = "answer is a common word of the notes";
    static final String FEW_SIBLINGS = "fewer than 3 siblings of the same kind";
    static final String FEW_MEANINGS = "fewer than 3 sibling definitions (\"what is …?\")";
    static final String NOT_A_TERM = "answer is a phrase, not a term";
    static final String DISTRACTOR_IN_PASSAGE = "distractor named in the passage (dropped)";
    static final String DISTRACTOR_SAME = "distractor defined like the answer (dropped)";
    static final String DUPLICATE = "same prompt as another question";

    private final Map<String, Integer> counts = new TreeMap<>();

    void count(String reason) {
        counts.merge(reason, 1, Integer::sum);
    }

    Map<String, Integer> counts() {
        return Map.copyOf(counts);
    }
}
