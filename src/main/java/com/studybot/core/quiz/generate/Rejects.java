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
    // questions written by a language model; the whole-reply reasons are in QuestionDrafts
    static final String WRITTEN_NOT_SUPPORTED = "written: correct option not in its passage";
    static final String WRITTEN_QUOTE = "written: quote not in its passage";
    static final String WRITTEN_DISTRACTOR_IN_PASSAGE = "written: distractor stated in its passage";
    static final String WRITTEN_DISTRACTOR_ANSWER = "written: distractor graded as the answer";
    static final String WRITTEN_SAME_OPTIONS = "written: options not distinct";
    static final String WRITTEN_GIVEN_AWAY = "written: question contains the answer";
    static final String WRITTEN_TOO_MANY = "written: more questions than asked";
    static final String WRITTEN_DUPLICATE = "written: duplicate of a pool question";
    static final String WRITTEN_DUPLICATE_WRITTEN = "written: duplicate of another written question";

    private final Map<String, Integer> counts = new TreeMap<>();

    void count(String reason) {
        counts.merge(reason, 1, Integer::sum);
    }

    void add(String reason, int n) {
        counts.merge(reason, n, Integer::sum);
    }

    Map<String, Integer> counts() {
        return Map.copyOf(counts);
    }
}
