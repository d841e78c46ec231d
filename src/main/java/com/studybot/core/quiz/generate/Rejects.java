package com.studybot.core.quiz.generate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts why candidate questions (or single distractors) were thrown away. */
final class Rejects {
    static final String NOT_STATED = "answer not stated in its passage";
    static final String GIVEN_AWAY = "prompt gives the answer away";
    static final String GIVEN_AWAY_FORM = "prompt gives the answer away (abbreviation, word stem or characters)";
    static final String GIVEN_AWAY_TRANSLATED = "prompt gives the answer away in the other language (a translation)";
    static final String NOT_A_THING = "answer is a label, caption, count or phrase, not a named thing";
    static final String TOO_SHORT = "prompt too short to be fair";
    static final String NO_CONTEXT = "prompt leans on text the student cannot see (this is…, in that case, above)";
    static final String NOT_A_FACT = "prompt is a heading, label or reference, not a fact";
    static final String HALF_GIVEN = "short prompt holds part of the answer";
    static final String TOO_LONG = "prompt too long";
    static final String DASHED = "prompt joins fragments with dashes (a list's shorthand, not a sentence)";
    static final String BARE_LIST = "prompt is a bare list of items: it does not say what it asks";
    static final String LONG_ANSWER = "answer longer than 5 words";
    static final String GENERIC = "answer is a common word of the notes";
    static final String FEW_SIBLINGS = "fewer than 3 siblings of the same kind";
    static final String FEW_MEANINGS = "fewer than 3 sibling definitions (\"what is …?\")";
    static final String NOT_A_TERM = "answer is a phrase, not a term";
    static final String DEFINED_ALIKE =
            "another thing of the notes is defined in nearly the same words: two right answers";
    static final String VAGUE = "cloze names nothing else of the notes and defines nothing: several answers fit";
    static final String LIST_ITEM = "blank is one item of a list: any other item would read as right";
    static final String DISTRACTOR_IN_PASSAGE = "distractor named in the passage (dropped)";
    static final String DISTRACTOR_SAME = "distractor defined like the answer (dropped)";
    static final String DISTRACTOR_SHAPE =
            "distractor a plain word where the answer is a name, or the reverse (dropped)";
    static final String OPTION_INITIAL =
            "option's letter starts a word of its description (multiple choice left out, typed kept)";
    static final String ASKED_AS_A_THING =
            "abbreviation asked elsewhere by what it is: its expansion alone would test the initials only";
    static final String NOT_SALIENT = "key term used in one passage only, not a thing of the notes";
    static final String DUPLICATE = "same prompt as another question";
    static final String TRUE_FALSE_ECHO =
            "true/false statement tells itself (says the name again, or a Latin name in Chinese)";
    static final String TRUE_FALSE_UNFIT = "true/false statement too long, too short or leaning on unseen text";
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

    /** How many examples of each reason the audit shows. */
    static final int SAMPLES_PER_REASON = 3;

    private final Map<String, Integer> counts = new TreeMap<>();
    private final Map<String, List<String>> seen = new TreeMap<>();

    void count(String reason) {
        counts.merge(reason, 1, Integer::sum);
    }

    /** Counts {@code reason} and keeps {@code example} (what was rejected, in a line) for the audit. */
    void count(String reason, String example) {
        count(reason);
        seen.computeIfAbsent(reason, r -> new ArrayList<>()).add(example);
    }

    void add(String reason, int n) {
        counts.merge(reason, n, Integer::sum);
    }

    Map<String, Integer> counts() {
        return Map.copyOf(counts);
    }

    /** Up to {@link #SAMPLES_PER_REASON} examples per reason, spread over the run (first, middle, last). */
    Map<String, List<String>> samples() {
        var out = new TreeMap<String, List<String>>();
        seen.forEach((reason, all) -> {
            var picked = new LinkedHashSet<String>();
            for (int i = 0; i < SAMPLES_PER_REASON && i < all.size(); i++) {
                picked.add(all.get(SAMPLES_PER_REASON == 1 ? 0 : i * (all.size() - 1) / (SAMPLES_PER_REASON - 1)));
            }
            out.put(reason, List.copyOf(picked));
        });
        return out;
    }
}
