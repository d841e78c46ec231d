package com.studybot.core.quiz.generate;

import com.studybot.core.common.Hashes;
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

    private final Map<String, QuizItem> byBase = new LinkedHashMap<>();
    private final Set<String> statements = new HashSet<>();
    private final Rejects rejects;
    private final Translations translations;

    TrueFalseItems(Rejects rejects, Translations translations) {
        this.rejects = rejects;
        this.translations = translations;
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
        if (translations.givesAway(c.say(" "), c.truth())) { // the fact translates the thing's name, or the reverse
            rejects.count(Rejects.GIVEN_AWAY_TRANSLATED, c.say(c.truth()));
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
        String t = QuestionChecks.articlesMended(
                        statement.replaceAll("\\s+", " ").strip())
                .replaceAll("[;,:；，：、]+$", "");
        if (t.matches(".*[.!?…)。！？）」』”]$")) {
            return t;
        }
        return t.matches(".*\\p{IsHan}$") ? t + "。" : t + ".";
    }
}
