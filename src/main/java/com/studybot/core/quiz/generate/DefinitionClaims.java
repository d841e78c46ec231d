package com.studybot.core.quiz.generate;

import com.studybot.core.common.Terms;
import com.studybot.core.quiz.QuizItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The true/false claim of a definition: "AWS Fargate is …" filled with its own definition, or with the definition of
 * a sibling of the same list or kind that is clearly another's: sharing no word with the truth, not of a variant of
 * the thing, saying enough, shaped alike.
 */
final class DefinitionClaims {
    /** Fewest content words of a sibling's definition: "a per-region service" may be true of many things. */
    static final int FEWEST_WORDS = 4;

    private DefinitionClaims() {}

    /**
     * The claim of a "what is …?" item: {@code d}'s term said to be its own definition ({@code meaning}), or a
     * sibling's that is clearly another's, not giving its owner away. {@code definition} is the item asking the
     * same definition the other way, whose fact keys the statement shares.
     */
    static Claim of(
            Definition d,
            String meaning,
            QuizItem item,
            Optional<CatalogTerm> self,
            List<CatalogTerm> siblings,
            Optional<QuizItem> definition) {
        boolean chinese = Words.chinese(meaning);
        boolean verb = !chinese && article(meaning) && !DefinitionFinder.code(d);
        String slot = Claim.SLOT;
        String template = chinese
                ? d.term() + "：" + slot
                : verb ? d.subject() + " " + d.verb() + " " + slot : d.term() + ": " + slot;
        var others = new ArrayList<Claim.Other>();
        for (CatalogTerm c : siblings) {
            String p = filler(c.predicate(), verb);
            if (self.filter(x -> sameKind(x, c)).isPresent()
                    && !variants(d.term(), c.name())
                    && clearlyOther(meaning, p, d.sentence())
                    && !Giveaways.givesAway(p, c.name())
                    && Words.length(p) <= 40) {
                others.add(new Claim.Other(p, c.name()));
            }
        }
        List<String> also = definition.map(i -> List.copyOf(i.facts())).orElse(List.of());
        boolean whole = !dangling(meaning);
        return new Claim(item, template, filler(meaning, verb), whole ? others : List.of(), chinese, also);
    }

    /** A phrase cut before its end: "the IP address or CIDR range from". */
    private static boolean dangling(String phrase) {
        return phrase.strip().matches("(?is).*\\b(?:to|of|for|from|and|or|with|by|in|on|at|the|an?)\\W*$");
    }

    /**
     * Whether two names are variants of one thing, sharing a word before their last (vendors aside): "Dedicated
     * Instances" and "Dedicated Hosts", "AWS Shield Standard" and "AWS Shield Advanced". What is said of one is
     * often true of the other too ("no other customers will share your hardware"), unlike "Spot Instances" and
     * "On-Demand Instances", which share only what they are.
     */
    static boolean variants(String a, String b) {
        List<String> x = nameWords(a);
        List<String> y = nameWords(b);
        return x.subList(0, Math.max(0, x.size() - 1)).stream().anyMatch(y::contains)
                || y.subList(0, Math.max(0, y.size() - 1)).stream().anyMatch(x::contains);
    }

    private static List<String> nameWords(String name) {
        return java.util.Arrays.stream(Words.norm(name).split(" "))
                .filter(w -> !w.isEmpty() && !com.studybot.core.quiz.AnswerGrader.VENDORS.contains(w))
                .toList();
    }

    /**
     * Whether {@code c} is a thing of the kind {@code x} is: an item of the same list (one heading), or of the same
     * head noun and vendor ("Amazon Macie", "Amazon CloudWatch": services). A definition of another kind of thing
     * ("Template used to launch EC2 instances" for a firewall) is false at a glance, nothing to judge.
     */
    static boolean sameKind(CatalogTerm x, CatalogTerm c) {
        return (x.file().equals(c.file()) && x.headingPath().equals(c.headingPath()))
                || (!x.kind().isEmpty()
                        && x.kind().equals(c.kind())
                        && !x.family().isEmpty()
                        && x.family().equals(c.family()));
    }

    /** A definition as it fills the slot: no closing full stop, and after "is" a lower-case article. */
    private static String filler(String phrase, boolean afterVerb) {
        String p = phrase.strip().replaceAll("[.;,。；，]+$", "");
        return afterVerb ? QuestionGenerator.lowerArticle(p) : p;
    }

    /**
     * Whether a sibling's definition {@code other} is clearly not one of {@code truth} (the asked thing's, stated
     * in {@code passage}, the sentence defining it; a list's other items are no part of it): it shares no content word with the truth ("24/7 premium DDoS protection" and
     * "protects against DDOS attack …" may both be true of one thing), is not mostly words of the passage, ends in
     * no dangling word ("the IP address or CIDR range from"), says
     * something (four content words or more) and is shaped like it (both with an article, or neither), so neither
     * grammar nor wording tells which is which.
     */
    static boolean clearlyOther(String truth, String other, String passage) {
        Set<String> words = Terms.of(other);
        if (words.size() < FEWEST_WORDS || Comparisons.similarity(truth, other) > 0 || dangling(other)) {
            return false;
        }
        Set<String> said = Terms.of(passage);
        long inPassage = words.stream().filter(said::contains).count();
        return inPassage * 2 < words.size() && article(truth) == article(other);
    }

    private static boolean article(String phrase) {
        return phrase.strip().matches("(?i)^(?:an?|the)\\s.*");
    }
}
