package com.studybot.eval;

import com.studybot.core.answer.Answer;
import com.studybot.core.answer.Citation;
import com.studybot.core.retrieval.Passage;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One dev-set question replayed: what kind of reply the model gave (judged against the passages it was
 * shown), what the grounded check made of it, and whether the extractive answer, the reply taken at face
 * value and the checked answer are right by the dev set (a right file and heading cited, or a refusal for
 * a question the notes don't answer).
 */
record ReplayCase(
        DevSetQuestion question,
        Kind kind,
        Fate fate,
        boolean extractiveRight,
        boolean uncheckedRight,
        boolean groundedRight,
        long extractiveNanos,
        long groundedNanos) {
    /** The same [n] and NOT_IN_NOTES rules as GroundedPrompt (package-private in core), read here. */
    private static final Pattern CITATION = Pattern.compile("\\[(\\d{1,3})]");

    private static final String REFUSAL = "NOT_IN_NOTES";

    enum Kind {
        CITES_RIGHT("cites the right passage"),
        CITES_RIGHT_AND_WRONG("cites it and a wrong one"),
        CITES_WRONG("cites only wrong passages"),
        CITES_BEYOND("cites a passage beyond those given"),
        UNCITED("no citation"),
        REFUSES("NOT_IN_NOTES");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** What the grounded answerer returned. */
    enum Fate {
        KEPT,
        NOT_IN_NOTES,
        FALLBACK,
        OTHER
    }

    static ReplayCase of(
            DevSetQuestion q,
            Answer extractive,
            String reply,
            Answer grounded,
            long extractiveNanos,
            long groundedNanos) {
        List<Passage> shown = extractive.passages();
        List<Integer> cited = CITATION.matcher(reply)
                .results()
                .map(r -> Integer.parseInt(r.group(1)))
                .distinct()
                .toList();
        List<Passage> valid = cited.stream()
                .filter(n -> n >= 1 && n <= shown.size())
                .map(n -> shown.get(n - 1))
                .toList();
        long hits = valid.stream().filter(p -> q.hit(p.chunk())).count();
        Kind kind;
        if (reply.contains(REFUSAL)) {
            kind = Kind.REFUSES;
        } else if (cited.isEmpty()) {
            kind = Kind.UNCITED;
        } else if (valid.size() < cited.size()) {
            kind = Kind.CITES_BEYOND;
        } else if (hits == valid.size()) {
            kind = Kind.CITES_RIGHT;
        } else {
            kind = hits > 0 ? Kind.CITES_RIGHT_AND_WRONG : Kind.CITES_WRONG;
        }
        boolean unchecked = q.answerable() ? kind != Kind.REFUSES && hits > 0 : kind == Kind.REFUSES;
        return new ReplayCase(
                q,
                kind,
                fate(grounded, reply),
                right(q, extractive),
                unchecked,
                right(q, grounded),
                extractiveNanos,
                groundedNanos);
    }

    private static Fate fate(Answer grounded, String reply) {
        if (grounded instanceof Answer.NotInNotes || grounded instanceof Answer.Closest) {
            return Fate.NOT_IN_NOTES; // not answered: the closest passage is shown as such
        }
        if (grounded instanceof Answer.Answered a) {
            if (a.notice().startsWith("Extractive answer:")) {
                return Fate.FALLBACK;
            }
            if (a.notice().isEmpty() && a.text().equals(reply.strip())) {
                return Fate.KEPT;
            }
        }
        return Fate.OTHER;
    }

    /**
     * Right by the dev set: an answer citing a right place, or not answering (closest passage or not in the
     * notes) a question the notes don't answer.
     */
    static boolean right(DevSetQuestion q, Answer a) {
        if (!q.answerable()) {
            return a instanceof Answer.NotInNotes || a instanceof Answer.Closest;
        }
        if (a instanceof Answer.Answered x) {
            List<Citation> citations = x.citations();
            return citations.stream().anyMatch(q::hit);
        }
        return false;
    }
}
