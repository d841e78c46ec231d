package com.studybot.core.quiz.generate;

import com.studybot.core.common.Hashes;
import com.studybot.core.common.Terms;
import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.QuizItem;
import com.studybot.core.quiz.TrueFalse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * True/false items from the facts other forms ask: each claim becomes one statement, true or false as a stable
 * hash of its fact says (about half each), never both for one fact. A false statement is the fact filled with a
 * sibling's (another row's port, the other compared thing, a sibling's definition) that differs clearly from the
 * truth; with none, the fact gets no true/false item. The item shares the fact keys of the item it restates, and
 * goes just before it in the pool, so a quiz asks the fact once, in one of its forms.
 */
final class TrueFalseItems {
    /** Fewest content words of a sibling's definition: "a per-region service" may be true of many things. */
    static final int FEWEST_WORDS = 4;

    private final Map<String, QuizItem> byBase = new LinkedHashMap<>();
    private final Set<String> statements = new HashSet<>();
    private final Rejects rejects;

    TrueFalseItems(Rejects rejects) {
        this.rejects = rejects;
    }

    /** Makes the claim's item, if it makes a fair one. */
    void add(Claim c) {
        if (c.others().isEmpty()) {
            return; // no sibling's fact clearly differs: the fact could not be asked false
        }
        if (echoes(c)) {
            rejects.count(Rejects.TRUE_FALSE_ECHO, c.say(c.truth()));
            return;
        }
        boolean truth = (Hashes.sha256("tf\n" + c.base().id()).charAt(0) & 1) == 0;
        Optional<Claim.Other> other =
                truth ? Optional.empty() : Optional.of(c.others().get(0));
        String statement = tidy(c.say(other.map(Claim.Other::filler).orElse(c.truth())));
        String prompt = (c.chinese() ? "判断对错：" : "True or false: ") + statement;
        int words = Words.length(statement);
        if (Context.missing(statement)
                || words > QuestionChecks.MAX_PROMPT_WORDS
                || words < 4
                || statement.matches("(?s).*\\w\\.,.*")) { // "errors., AllRequests": notes not meant as prose
            rejects.count(Rejects.TRUE_FALSE_UNFIT, prompt);
            return;
        }
        if (!statements.add(Words.norm(statement))) {
            rejects.count(Rejects.DUPLICATE, prompt);
            return;
        }
        byBase.put(c.base().id(), item(c, truth, prompt, other));
    }

    /**
     * Whether the statement tells itself: what it says of the thing repeats the thing's name ("Auto Scaling:
     * automatically adjusting the number of instances", "Automatic scaling: scales based on event triggers"), so the
     * true one reads true and the false one odd; or a Chinese statement names its thing in Latin letters, where the
     * description is often the name translated ("Paste Image：…粘贴…图片", "labelColor" for 标签背景颜色).
     */
    static boolean echoes(Claim c) {
        if (c.chinese()) {
            return java.util.stream.Stream.concat(
                            java.util.stream.Stream.of(c.template(), c.truth()),
                            c.others().stream().map(Claim.Other::filler))
                    .anyMatch(t -> t.matches("(?s).*\\p{IsLatin}{2,}.*"));
        }
        Set<String> said = stems(c.say(" "));
        return stems(c.truth()).stream().anyMatch(said::contains);
    }

    /** The first four letters of each word of four or more, vendors aside ("AWS" says nothing): "scal", "auto". */
    private static Set<String> stems(String text) {
        var out = new HashSet<String>();
        for (String w : Words.norm(text).split(" ")) {
            if (w.length() >= 4 && !com.studybot.core.quiz.AnswerGrader.VENDORS.contains(w)) {
                out.add(w.substring(0, 4));
            }
        }
        return out;
    }

    /**
     * The items with each true/false item just before the first item asking its fact (the one it restates, or the
     * definition a "what is …?" item shares its fact with), so that where a quiz may ask it, it stands in for them.
     */
    List<QuizItem> placed(List<QuizItem> items) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            for (String key : items.get(i).facts()) {
                first.putIfAbsent(key, i);
            }
        }
        Map<Integer, List<QuizItem>> before = new HashMap<>();
        for (QuizItem tf : byBase.values()) {
            int at = tf.facts().stream()
                    .mapToInt(k -> first.getOrDefault(k, items.size()))
                    .min()
                    .orElse(items.size());
            before.computeIfAbsent(at, k -> new ArrayList<>()).add(tf);
        }
        var out = new ArrayList<QuizItem>();
        for (int i = 0; i <= items.size(); i++) {
            out.addAll(before.getOrDefault(i, List.of()));
            if (i < items.size()) {
                out.add(items.get(i));
            }
        }
        return out;
    }

    private static QuizItem item(Claim c, boolean truth, String prompt, Optional<Claim.Other> other) {
        Question base = c.base().natural();
        String id = "gen:tf:" + Hashes.sha256(c.base().id()).substring(0, 16);
        String quote = base.quote()
                + other.filter(o -> !o.owner().isEmpty())
                        .map(o -> c.chinese()
                                ? "（笔记里“" + o.filler() + "”说的是" + o.owner() + "。）"
                                : " (The notes say “" + o.filler() + "” of " + o.owner() + ".)")
                        .orElse("");
        var q = new Question(
                id,
                prompt,
                TrueFalse.answer(truth, c.chinese()),
                TrueFalse.aliases(truth),
                TrueFalse.options(c.chinese()),
                base.citation(),
                quote,
                base.context());
        var facts = new LinkedHashSet<>(c.base().facts());
        facts.addAll(c.also());
        return new QuizItem(
                id,
                c.base().topics(),
                Optional.empty(),
                Optional.of(q),
                true,
                c.base().passage(),
                Optional.empty(),
                facts);
    }

    /** A statement as a sentence ending in a full stop; its first word as written ("ls", "web-search"). */
    static String tidy(String statement) {
        String t = statement.replaceAll("\\s+", " ").strip().replaceAll("[;,:；，：、]+$", "");
        if (t.matches(".*[.!?…)。！？）」』”]$")) {
            return t;
        }
        return t.matches(".*\\p{IsHan}$") ? t + "。" : t + ".";
    }

    /**
     * The claim of a "what is …?" item: {@code d}'s term said to be its own definition ({@code meaning}), or a
     * sibling's that is clearly another's, not giving its owner away. {@code definition} is the item asking the
     * same definition the other way, whose fact keys the statement shares.
     */
    static Claim meaning(
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
