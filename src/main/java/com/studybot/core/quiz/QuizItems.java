package com.studybot.core.quiz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Topic matching and topic listing over quiz items. */
public final class QuizItems {
    private QuizItems() {}

    /**
     * Whether every word of {@code topic} occurs in the item's topics (folder, headings, tags), citation,
     * prompt or answer: "kubernetes", "aws lambda" and "fargate" all find their items; "" finds all.
     */
    public static boolean matches(QuizItem item, String topic) {
        Question q = item.natural();
        String haystack = (String.join(" ", item.topics()) + " " + q.citation() + " " + q.prompt() + " " + q.answer())
                .toLowerCase(Locale.ROOT);
        for (String word : topic.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!word.isBlank() && !haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Each topic with its number of items, largest first, then by name; topics differing only in case are one
     * ("Docker" heading, "docker" tag), named as first seen.
     */
    public static Map<String, Integer> topics(List<QuizItem> items) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (QuizItem i : items) {
            var seen = new java.util.HashSet<String>();
            for (String t : i.topics()) {
                String key = t.toLowerCase(Locale.ROOT);
                if (seen.add(key)) {
                    counts.merge(names.computeIfAbsent(key, k -> t), 1, Integer::sum);
                }
            }
        }
        var sorted = new LinkedHashMap<String, Integer>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** The items in order, leaving out any that asks a fact an earlier one asks (never the same fact twice). */
    public static List<QuizItem> oneEachFact(List<QuizItem> items) {
        var seen = new java.util.HashSet<String>();
        var out = new ArrayList<QuizItem>();
        for (QuizItem i : items) {
            var facts = i.facts();
            if (facts.stream().noneMatch(seen::contains)) {
                out.add(i);
            }
            seen.addAll(facts);
        }
        return out;
    }

    /**
     * The items in order, with the true/false items past the first {@link #trueFalseShare} of {@code count} moved to
     * the end: a quiz of {@code count} asks them only as a minority (none in a quiz of one or two), unless nothing
     * else is left to ask.
     */
    public static List<QuizItem> fewTrueFalse(List<QuizItem> items, int count) {
        int most = trueFalseShare(count);
        var out = new ArrayList<QuizItem>();
        var later = new ArrayList<QuizItem>();
        for (QuizItem i : items) {
            if (i.trueFalse() && most-- <= 0) {
                later.add(i);
            } else {
                out.add(i);
            }
        }
        out.addAll(later);
        return out;
    }

    /** How many true/false questions a quiz of {@code count} may ask: about one in four, rounded to nearest. */
    public static int trueFalseShare(int count) {
        return Math.max(0, (count + 1) / 4);
    }

    /**
     * The items in order, leaving out a true/false item whose fact an earlier item asks, and an item whose fact an
     * earlier true/false item states: where items may otherwise share facts (a daily post), never the statement
     * with another form of its fact.
     */
    public static List<QuizItem> withoutRestated(List<QuizItem> items) {
        var asked = new java.util.HashSet<String>();
        var stated = new java.util.HashSet<String>();
        var out = new ArrayList<QuizItem>();
        for (QuizItem i : items) {
            var facts = i.facts();
            boolean again = facts.stream().anyMatch(i.trueFalse() ? asked::contains : stated::contains);
            if (!again) {
                out.add(i);
                asked.addAll(facts);
                if (i.trueFalse()) {
                    stated.addAll(facts);
                }
            }
        }
        return out;
    }
}
