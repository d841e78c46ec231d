package com.studybot.core.answer;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a follow-up question with the one before it, without a language model: "and what about EKS?"
 * after "What is ECS?" becomes "What is EKS?", and "how does it scale?" after "What is Kubernetes?" becomes
 * "how does Kubernetes scale?". A question that stands on its own is left as it is.
 */
public final class FollowUps {
    private static final Pattern WHAT_ABOUT = Pattern.compile(
            "^(?:and\\s+|but\\s+|so\\s+)?(?:what|how)\\s+about\\s+(.+?)[?？.!]*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern AND_X = Pattern.compile("^and\\s+(.+?)[?？.!]*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBJECT = Pattern.compile(
            "^(.*?\\b(?:is|are|was|were|does|do|did|can|could|should)\\s+)(?:an?\\s+|the\\s+)?(.+?)([?？.!]*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME =
            Pattern.compile("\\b(?i:is|are|was|were|does|do|did|can|could|should)\\s+(?i:an?\\s+|the\\s+)?"
                    + "(\\p{Lu}[\\p{L}\\d-]*(?:\\s+\\p{Lu}[\\p{L}\\d-]*)*)");
    private static final Pattern ARTICLE_NOUN =
            Pattern.compile("\\b(?i:is|are|was|were)\\s+(?i:an?|the)\\s+([\\p{L}\\d-]+)\\s+([\\p{L}\\d-]+[^?？]*)");
    private static final Pattern PRONOUN =
            Pattern.compile("\\b(it|its|they|them|their|this|that)\\b", Pattern.CASE_INSENSITIVE);

    /** The heuristic as a reader, for when no language model is configured. */
    public static final FollowUpReader HEURISTIC = FollowUps::rewrite;

    private FollowUps() {}

    /** The question to search for, given the user's previous question in the same place (if any). */
    public static String rewrite(String question, Optional<String> previous) {
        String q = question.strip();
        if (previous.isEmpty() || previous.get().isBlank()) {
            return q;
        }
        Matcher about = WHAT_ABOUT.matcher(q);
        Matcher and = AND_X.matcher(q);
        String other =
                about.matches() ? about.group(1) : and.matches() && words(and.group(1)) <= 4 ? and.group(1) : null;
        Matcher before = SUBJECT.matcher(previous.get().strip());
        if (other != null) {
            return withSubject(previous.get().strip(), other.strip())
                    .orElse(previous.get().strip() + " " + other);
        }
        Matcher pronoun = PRONOUN.matcher(q);
        if (words(q) <= 8 && !namesSomething(q) && pronoun.find() && before.matches()) {
            String subject = before.group(2).strip();
            String word = pronoun.group(1).toLowerCase(Locale.ROOT);
            String replacement = word.equals("its") || word.equals("their") ? subject + "'s" : subject;
            return q.substring(0, pronoun.start()) + replacement + q.substring(pronoun.end());
        }
        return q;
    }

    /**
     * The previous question about {@code other} instead: its first name after the verb is replaced ("How does
     * Kubernetes schedule pods?" → "How does Docker Swarm schedule pods?"), or, with no name, all after an
     * "is/are" ("What is a pod?" → "What is a sidecar?").
     */
    private static Optional<String> withSubject(String previous, String other) {
        Matcher name = NAME.matcher(previous);
        if (name.find()) {
            return Optional.of(previous.substring(0, name.start(1)) + other + previous.substring(name.end(1)));
        }
        Matcher noun = ARTICLE_NOUN.matcher(previous);
        String bare = other.replaceFirst("(?i)^(?:an?|the)\\s+", "");
        if (noun.find()) { // "Why is a pod disposable?": the word after the article is the subject
            return Optional.of(previous.substring(0, noun.start(1)) + bare + previous.substring(noun.end(1)));
        }
        Matcher be = SUBJECT.matcher(previous);
        return be.matches() ? Optional.of(be.group(1) + other + "?") : Optional.empty();
    }

    /** A capitalised word after the first: the question names its own subject ("is that Docker?"). */
    private static boolean namesSomething(String q) {
        String[] words = q.split("\\s+");
        for (int i = 1; i < words.length; i++) {
            if (!words[i].isEmpty() && Character.isUpperCase(words[i].codePointAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static int words(String text) {
        return text.strip().isEmpty() ? 0 : text.strip().split("\\s+").length;
    }
}
