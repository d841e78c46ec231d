package com.studybot.core.quiz.generate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a prompt leans on text the student cannot see: it opens with a pronoun standing for what came before
 * ("This is roughly saying …", "It could be …", "这就是 …"), goes on from it ("So …", "Instead …", "Other …",
 * "Suppose …", "Say you …"), leaves its blank one of several ("_____ is one of the …", "… also …") or points at it ("In that case", "as described above", "the following", "in the right example",
 * "there is another …", "… we will explore later", "Option 1 and 2 are …", "… here.", "如下"). The heading shown above a question is seen, so "This service …" (a demonstrative with
 * its noun) stays. Words of discourse, the same in every field.
 */
final class Context {
    private static final Pattern OPENS_WITH_PRONOUN = Pattern.compile(
            "(?:^|[:;]\\s*)(?:so,?\\s+|and\\s+|but\\s+|here,?\\s+)?(?:this|that|these|those|it|they)\\s+"
                    + "(?:is|are|was|were|means?|could|can|will|would|has|have|does|do|may|might|should|must|"
                    + "makes?|gives?|allows?|lets?|helps?|says?|shows?|includes?)\\b"
                    + "|^here\\s+(?:is|are)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POINTS_ELSEWHERE = Pattern.compile(
            "\\bin\\s+(?:this|that|such\\s+a|the\\s+above|the\\s+previous)\\s+case\\b"
                    + "|\\b(?:described|mentioned|shown|seen|discussed|explained|listed|defined)\\s+"
                    + "(?:before|above|below|earlier|previously)\\b"
                    + "|\\bas\\s+(?:before|above|below)\\b|\\bthe\\s+following\\b|\\b(?:see|shown)\\s+(?:above|below)\\b"
                    + "|\\b(?:previous|next|last)\\s+(?:section|slide|lecture|video|chapter|example|paragraph)\\b"
                    // "In the right example …": one of several examples (or figures) the student does not see
                    + "|\\bin\\s+the\\s+(?:left|right|first|second|third|other|same|above|previous|next|last)\\s+"
                    + "(?:example|case|figure|image|picture|table|diagram|graph|plot)\\b"
                    // "There are another version called …": another than the one just described
                    + "|\\bthere(?:\\s+(?:is|are)|['’]s)\\s+another\\b"
                    // "… which we will explore later": what it is comes in text the student has not seen
                    + "|\\b(?:we|you|I)(?:\\s+will|['’]ll)\\s+(?:explore|see|discuss|cover|talk\\s+about|look\\s+at|learn)"
                    + "(?:\\s+\\S+){0,2}\\s+later\\b"
                    // "Option 1 and 2 are called …": numbered options, steps or cases listed elsewhere
                    + "|^(?:options?|steps?|cases?|methods?|approach(?:es)?|solutions?)\\s+\\d"
                    // "We need to solve the _____ here.", "… would be as follows."
                    + "|\\bhere\\s*[.!?]?$|\\bas\\s+follows\\b"
                    // "Storing and retrieving these dependencies is called _____.": the ones just listed; a singular
                    // "This service …" may stand for the thing the heading shown names
                    + "|(?<!\\bof\\s)\\b(?:these|those)\\s+(?:\\p{L}+\\s+)?\\p{L}{2,}[^s\\W]s\\b"
                    // "What we were doing is called _____ …": what the lecture did just before
                    + "|\\bwhat\\s+(?:we|you)\\s+(?:were|are|have\\s+been)\\s+doing\\b"
                    // "A 1 x 1 Conv here is called …": here, in the figure or example the student does not see
                    + "|\\b(?:is|are|was|were)\\s+here\\b|\\bhere\\s+(?:is|are|was|were)\\s+(?:called|named|known)\\b"
                    // "DocumentDB is the same for MongoDB": the same as the thing of the line before
                    + "|\\b(?:is|are)\\s+the\\s+same\\s+(?:for|as\\s+(?:above|before))\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * A blank that stands for one of several things: "_____ is an algorithm that also makes an object detection",
     * "_____ is one of the areas in which …". (A description that says "also list hidden files" is fine.)
     */
    private static final Pattern NOT_THE_ONLY =
            Pattern.compile("\\balso\\b|^_____\\s+(?:is|are)\\s+(?:one|some|among)\\s+of\\b", Pattern.CASE_INSENSITIVE);
    /**
     * A prompt that opens by going on from what came before: a connective ("So an alternative …", "Instead …"),
     * "Other …" or "Another …", the narration of a worked example ("Suppose we …", "Let's build …", "Define _____ as
     * correlation between activations across channels": the lecture's notation, set up before), or that
     * example itself ("This example is …").
     */
    private static final Pattern GOES_ON = Pattern.compile(
            "^(?:so|instead|then|thus|hence|therefore|also|other|another|suppose|assume|consider|imagine|define)\\b"
                    + "|^let['’]?s\\s+(?!you\\b)|^say\\s+(?:you|we)\\b|^(?:it|that)['’]s\\b"
                    // "This example is something like …": the example (figure, case) is not shown
                    + "|^(?:this|that|the\\s+above)\\s+(?:example|case|figure|image|picture|diagram|table|graph|plot)\\b",
            Pattern.CASE_INSENSITIVE);

    /** "这就是…", "它们…", "它通过…" (it), "其中，…" (among them): a Chinese opening that points back. */
    private static final Pattern CHINESE_OPENING = Pattern.compile("^(?:(?:这|那|它)(?:就|是|也|都|样|里|时|些|们)|它|其中)");

    private static final Pattern CHINESE_POINTING = Pattern.compile("^(?:以上|下面|上面)|如下|以下|上述|如图|下图|上图|这一(?:级|层|类|步)");
    private static final Pattern QUOTED = Pattern.compile("[“\"]([^”\"]+)[”\"]");

    private Context() {}

    /**
     * A worked example's step ("If 5 of 100 are dogs then … up to 9.5% (called _____)"): its numbers come from a
     * case set up before it, which the student cannot see (rated BROKEN, then WEAK, in blind reviews of the
     * deep-learning notes). An opening condition with two numbers or more.
     */
    private static final Pattern WORKED_EXAMPLE =
            Pattern.compile("^(?:If|Suppose|Say|Assume|Let's say)\\b[^\\d]*\\d[\\d.,%]*\\D+\\d");

    /**
     * Whether {@code prompt}, or a description quoted in it, leans on text the student cannot see. A quoted
     * description may open with "This is …": there the pronoun stands for the thing asked about.
     */
    static boolean missing(String prompt) {
        String text = prompt.strip();
        if (OPENS_WITH_PRONOUN.matcher(text).find()
                || GOES_ON.matcher(text).find()
                || (text.contains(QuestionChecks.BLANK)
                        && NOT_THE_ONLY.matcher(text).find())
                || CHINESE_OPENING.matcher(text).find()
                || unnamedThem(text)
                || WORKED_EXAMPLE.matcher(text).find()
                || points(text)) {
            return true;
        }
        Matcher m = QUOTED.matcher(prompt);
        while (m.find()) {
            if (points(m.group(1).strip())) {
                return true;
            }
        }
        return false;
    }

    /** "… which combines them." at the end of a prompt; see {@link #unnamedThem}. */
    private static final Pattern ENDS_WITH_THEM = Pattern.compile("(?i)^(.*)\\s\\S+\\s+them\\s*[.!?]?$");

    private static final Pattern PLURAL =
            Pattern.compile("(?i)\\b\\p{L}{2,}[^su\\W]s\\b|\\b(?:people|data|children)\\b");

    /**
     * "There a metric called _____, which combines them.": "them" ends the prompt and no plural before its verb
     * says what they are (precision and recall were named in the sentence before); "… balances requests across
     * them" after "pods" is fine.
     */
    private static boolean unnamedThem(String text) {
        Matcher m = ENDS_WITH_THEM.matcher(text);
        return m.matches() && !PLURAL.matcher(m.group(1)).find();
    }

    private static boolean points(String text) {
        return POINTS_ELSEWHERE.matcher(text).find()
                || CHINESE_POINTING.matcher(text).find();
    }
}
