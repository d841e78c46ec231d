package com.studybot.core.common;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A small, dependency-free term extractor for matching a question against sentences: lower-cased words
 * without common stop words, crudely stemmed, and CJK text as character bigrams.
 */
public final class Terms {
    private static final Set<String> STOP = Set.of(
            "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "by", "at", "from", "as", "is", "are",
            "was", "were", "be", "been", "it", "its", "this", "that", "these", "those", "what", "which", "who", "whom",
            "how", "why", "when", "where", "do", "does", "did", "can", "could", "should", "would", "i", "you", "we",
            "they", "my", "your", "our", "their", "me", "about", "into", "than", "then", "there", "if", "not", "no",
            "so", "such", "some", "any", "all", "will", "use", "used", "using", "between", "vs", "versus", "tell",
            "explain", "mean", "means", "s");

    private Terms() {}

    public static Set<String> of(String text) {
        var terms = new LinkedHashSet<String>();
        var word = new StringBuilder();
        int prevCjk = -1;
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            if (Scripts.isCjk(cp)) {
                flush(word, terms);
                if (prevCjk >= 0) {
                    terms.add(new String(new int[] {prevCjk, cp}, 0, 2));
                }
                prevCjk = cp;
            } else {
                prevCjk = -1;
                if (Character.isLetterOrDigit(cp)) {
                    word.appendCodePoint(cp);
                } else {
                    flush(word, terms);
                }
            }
        }
        flush(word, terms);
        return terms;
    }

    private static void flush(StringBuilder word, Set<String> terms) {
        if (word.length() > 0) {
            String w = word.toString();
            if (!STOP.contains(w)) {
                terms.add(stem(w));
            }
            word.setLength(0);
        }
    }

    public static String stem(String w) {
        if (w.length() > 5 && w.endsWith("ing")) {
            return w.substring(0, w.length() - 3);
        }
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 4 && w.endsWith("ed")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
