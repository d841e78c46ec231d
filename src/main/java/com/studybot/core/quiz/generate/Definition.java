package com.studybot.core.quiz.generate;

import com.studybot.core.content.Note;
import com.studybot.core.content.Section;
import java.util.Objects;

/**
 * A statement in the notes saying what a term is: {@code term} "AWS Fargate", {@code predicate} "a serverless
 * compute engine for containers", {@code kind} "engine" (the head noun of the predicate), from {@code clause}
 * (the part of the sentence holding the definition) in {@code sentence} of {@code section}.
 */
record Definition(
        String term,
        String verb,
        String predicate,
        String kind,
        String clause,
        String sentence,
        Note note,
        Section section) {
    Definition {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(section, "section");
    }

    /**
     * The predicate up to a colon, dash or "such as" that starts an explanation (when what is left still
     * says enough), with the term itself blanked out: "a serverless compute engine for containers".
     */
    /** The term as the clause names it, with its article: "a pod", "the control plane", "AWS Fargate". */
    String subject() {
        String body = clause.replaceFirst("^[-*]\\s+", "");
        int at = body.toLowerCase(java.util.Locale.ROOT).indexOf(term.toLowerCase(java.util.Locale.ROOT));
        if (at <= 0 || at > 4) {
            return sentenceCase(term);
        }
        String prefix = body.substring(0, at).toLowerCase(java.util.Locale.ROOT);
        return prefix.matches("(?:the|an?) ") ? prefix + term : term;
    }

    /** "Eventual consistency" (capitalised only to start its sentence) as "eventual consistency"; names stay. */
    private static String sentenceCase(String term) {
        String[] words = term.split("\\s+");
        boolean restLower = words.length > 1
                && java.util.Arrays.stream(words).skip(1).allMatch(w -> w.equals(w.toLowerCase(java.util.Locale.ROOT)));
        boolean initialOnly = words[0].substring(1).equals(words[0].substring(1).toLowerCase(java.util.Locale.ROOT));
        return restLower && initialOnly ? Character.toLowerCase(term.charAt(0)) + term.substring(1) : term;
    }

    /** The short predicate cut to about ten words at a clause boundary, for listing among other definitions. */
    String gist() {
        String p = shortPredicate();
        if (Words.chinese(p)) {
            // a Chinese clause before "，" is often "当…时" or "为了…": cut only at a full stop or semicolon
            return p.split("[；。;]")[0].strip().replaceAll("[，,、：:]+$", "");
        }
        if (Words.count(p) <= 10) {
            return p;
        }
        for (String cut : new String[] {", the ", ", a ", ", an ", " that ", " which ", " so ", " where "}) {
            int at = p.indexOf(cut);
            while (at > 0 && (Words.count(p.substring(0, at)) < 4 || needsItsClause(p.substring(0, at), cut))) {
                at = p.indexOf(cut, at + 1);
            }
            if (at > 0) {
                p = p.substring(0, at);
            }
        }
        return p;
    }

    /** "a way to make sure" said nothing before its "that …": a verb that takes a clause keeps it. */
    private static boolean needsItsClause(String before, String cut) {
        return cut.equals(" that ")
                && before.matches(
                        "(?is).*\\b(?:sure|ensure|ensures|means|mean|says|shows|states|so|such|given|assume)$");
    }

    String shortPredicate() {
        String p = predicate;
        for (String cut : new String[] {": ", " — ", " – ", " - ", ", such as ", ", for example", ", e.g."}) {
            int at = p.indexOf(cut);
            if (at > 0 && Words.count(p.substring(0, at)) >= 4) {
                p = p.substring(0, at);
            }
        }
        return QuestionChecks.masked(p, term);
    }
}
