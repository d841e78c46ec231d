package com.studybot.core.quiz.generate;

import com.studybot.core.common.Terms;
import com.studybot.core.quiz.AnswerGrader;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a written question against its passage: the correct option is stated there (every content word of
 * it, and the quote word for word), no distractor is named there or taken for the answer by the grader, the
 * options differ, and the question does not hold its answer.
 */
final class DraftChecks {
    private final AnswerGrader grader;

    DraftChecks(AnswerGrader grader) {
        this.grader = grader;
    }

    /** Why the draft must not be asked, or empty when it is fit. */
    Optional<String> problem(Draft d, String passage) {
        String answer = d.correct();
        if (!supported(answer, passage)) {
            return Optional.of(Rejects.WRITTEN_NOT_SUPPORTED);
        }
        if (!d.quote().isBlank() && !Words.containsPhrase(passage, d.quote())) {
            return Optional.of(Rejects.WRITTEN_QUOTE);
        }
        Set<String> distinct = new HashSet<>();
        d.options().forEach(o -> distinct.add(Words.norm(o)));
        if (distinct.size() < d.options().size() || distinct.contains("")) {
            return Optional.of(Rejects.WRITTEN_SAME_OPTIONS);
        }
        if (TermForms.of(answer).stream().anyMatch(f -> Words.containsPhrase(d.question(), f))) {
            return Optional.of(Rejects.WRITTEN_GIVEN_AWAY);
        }
        for (String other : d.distractors()) {
            if (TermForms.of(other).stream().anyMatch(f -> Words.containsPhrase(passage, f))) {
                return Optional.of(Rejects.WRITTEN_DISTRACTOR_IN_PASSAGE);
            }
            if (grader.grade(other, answer, List.of()).correct()) {
                return Optional.of(Rejects.WRITTEN_DISTRACTOR_ANSWER);
            }
        }
        return Optional.empty();
    }

    /** Every content word of the answer (stemmed, without stop words) is a word of the passage; "A" has none. */
    static boolean supported(String answer, String passage) {
        Set<String> words = Terms.of(answer);
        return !words.isEmpty() && Terms.of(passage).containsAll(words);
    }
}
