package com.studybot.core.quiz.generate;

import java.util.regex.Pattern;

/**
 * Whether a prompt states no fact: a list heading or label taken as a sentence ("Summary of bias/_____ with
 * human-level performance.", "Meaning of the _____ of an image.", "Defining the target label Y in _____ problem.")
 * or a reference ("Wei Liu, et al. 2015 SSD: Single Shot _____ Detector (https://…)"). Words that open a
 * heading or mark a citation in any field.
 */
final class Labels {
    private static final Pattern HEADING = Pattern.compile(
            "^(?:(?:a\\s+)?(?:summary|meaning|definition|overview|outline|examples?|types|kinds|list|history)\\s+of"
                    + "|introduction\\s+to|defining)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REFERENCE =
            Pattern.compile("https?://|\\bwww\\.|\\bet\\.?\\s+al\\b|\\barxiv\\b|\\bdoi:", Pattern.CASE_INSENSITIVE);

    private Labels() {}

    /** Whether {@code prompt} is a heading, a label or a reference rather than a statement. */
    static boolean notAFact(String prompt) {
        String text = prompt.strip();
        return HEADING.matcher(text).find() || REFERENCE.matcher(text).find();
    }
}
