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
                    + "|introduction\\s+to|defining)\\b"
                    // a step or aside of a procedure: "Optional: continue to finetune the _____ with new data."
                    + "|^(?:optional|tip|hint|step\\s*\\d+)\\s*:",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REFERENCE =
            Pattern.compile("https?://|\\bwww\\.|\\bet\\.?\\s+al\\b|\\barxiv\\b|\\bdoi:", Pattern.CASE_INSENSITIVE);

    /** The author's own habit or taste ("a VS Code theme I use", "笔者常用的一款 VSCode 界面主题"): no fact to learn. */
    private static final Pattern PERSONAL = Pattern.compile(
            "\\bI (?:use|prefer|like|love|chose|picked|recommend|always|usually|personally)\\b|\\bmy (?:favou?rite|own)\\b"
                    + "|笔者|本人|我(?:常用|习惯|个人|自己|平时|一般|比较喜欢|喜欢|推荐)");

    /**
     * The notes talking about themselves ("In this section we will talk about classic networks which are _____,
     * AlexNet, and VGG."): a table of what comes, not a fact; the facts follow it.
     */
    private static final Pattern FRAMING = Pattern.compile(
            "^in this (?:section|chapter|course|video|lecture|article|note|post|tutorial)\\b"
                    + "|\\bwe (?:will|'ll|are going to) (?:talk|discuss|learn|see|cover|look)\\b"
                    + "|^本(?:节|章|文|篇)(?:将|会|主要)",
            Pattern.CASE_INSENSITIVE);

    private Labels() {}

    /** Whether {@code text} tells the author's own habit or taste (see {@link #PERSONAL}). */
    static boolean personal(String text) {
        return PERSONAL.matcher(text).find();
    }

    /**
     * Whether {@code prompt} is a heading, a label, a reference or the author's own taste rather than a statement; or a cloze that is no
     * statement either: a question with a blank in it ("What _____ tells us is, why not use all of them?"), or a
     * sentence that needs its answer twice ("If _____ difference is bigger, use a strategy for _____ resolving.").
     */
    static boolean notAFact(String prompt) {
        String text = prompt.strip();
        // a label's blank before its description ("_____: When you create a VPC, a(n) _____ is …") is no repeat
        String sentence =
                text.startsWith(QuestionChecks.BLANK + ":") ? text.substring(QuestionChecks.BLANK.length() + 1) : text;
        int blank = sentence.indexOf(QuestionChecks.BLANK);
        boolean cloze = text.contains(QuestionChecks.BLANK);
        return HEADING.matcher(text).find()
                || FRAMING.matcher(text).find()
                || REFERENCE.matcher(text).find()
                || PERSONAL.matcher(text).find()
                || (cloze && sentence.indexOf(QuestionChecks.BLANK, blank + 1) >= 0)
                || (cloze && (text.contains("?") || text.contains("？")));
    }
}
