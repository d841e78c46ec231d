package com.studybot.core.quiz.generate;

import java.util.Locale;
import java.util.regex.Pattern;

/** Small text helpers for question generation. */
final class Words {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");

    private Words() {}

    static int count(String text) {
        var m = WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /**
     * How long a text reads, in words: Latin words, and Chinese at two characters a word (Chinese has no
     * spaces; a run of it would otherwise count as one word).
     */
    static int length(String text) {
        long han = text.codePoints()
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                .count();
        return count(HAN.matcher(text).replaceAll(" ")) + (int) ((han + 1) / 2);
    }

    static boolean chinese(String text) {
        return HAN.matcher(text).find();
    }

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");

    /** Lower case, letters and digits only, single spaces: for comparing names and phrases. */
    static String norm(String text) {
        // Chinese writes Latin names without spaces ("传统make"): a name is a word of its own there too
        return HAN_LATIN
                .matcher(text.toLowerCase(Locale.ROOT))
                .replaceAll(" ")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }

    private static final Pattern HAN_LATIN = Pattern.compile(
            "(?<=\\p{IsHan})(?=[\\p{L}\\p{N}&&[^\\p{IsHan}]])|(?<=[\\p{L}\\p{N}&&[^\\p{IsHan}]])(?=\\p{IsHan})");

    /** Whether {@code phrase} occurs in {@code text} as whole words (case-insensitive). */
    static boolean containsPhrase(String text, String phrase) {
        String p = norm(phrase);
        return !p.isEmpty() && (" " + norm(text) + " ").contains(" " + p + " ");
    }

    /** Replaces every whole-word occurrence of {@code phrase} (case-insensitive) with {@code blank}. */
    static String mask(String text, String phrase, String blank) {
        if (phrase.isBlank()) {
            return text;
        }
        var p = Pattern.compile(
                // not inside a hyphenated compound: "Mini-batch gradient descent", "VGG-19"
                "(?<![\\p{L}\\p{N}]|[\\p{L}\\p{N}]-)" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return p.matcher(text).replaceAll(java.util.regex.Matcher.quoteReplacement(blank));
    }

    static boolean capitalised(String term) {
        return !term.isEmpty() && Character.isUpperCase(term.codePointAt(0));
    }

    /**
     * Whether every bracket and quote opened in {@code text} is closed, in order: a description cut inside one
     * ("与ninja clean（即build.ninja里build clean") is a fragment.
     */
    static boolean balanced(String text) {
        var open = new java.util.ArrayDeque<Character>();
        for (char c : text.toCharArray()) {
            int o = OPENING.indexOf(c);
            int x = CLOSING.indexOf(c);
            if (o >= 0) {
                open.push(c);
            } else if (x >= 0) {
                if (open.isEmpty() || open.pop() != OPENING.charAt(x)) {
                    return false;
                }
            }
        }
        return open.isEmpty();
    }

    private static final String OPENING = "(（[【“「"; // not ‘’: ’ is an apostrophe too ("Let’s")
    private static final String CLOSING = ")）]】”」";
}
