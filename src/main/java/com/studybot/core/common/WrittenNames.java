package com.studybot.core.common;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words of a question written as names: an acronym ("LXC", "WSL2"), a word with inner capitals or digits
 * ("AddressSanitizer", "EC2"), or a capitalised word that does not open the sentence ("Google Cloud
 * Spanner"). In a question with Chinese, where capitals mark no sentence start, a capitalised Latin word anywhere
 * ("Rust 的所有权机制是什么？"). A question that names something the notes never write cannot be answered by them,
 * however close the nearest passage reads.
 */
public final class WrittenNames {
    /** A run of Latin letters and digits (with inner dots, dashes or pluses: "v1.0", "C++"). */
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9]*(?:[.+-][A-Za-z0-9+]+)*\\+*");

    /** "LXC", "WSL2", "AddressSanitizer", "iPhone"; not "win98" or "v1.0", a shorthand of words the notes may spell out. */
    private static final Pattern ACRONYM_OR_INNER =
            Pattern.compile("[A-Z]{2,}[0-9]*s?|[A-Z]?[a-z]+(?:[A-Z][a-z]*)+[0-9]*");

    private static final Pattern CAPITALISED = Pattern.compile("[A-Z][a-z]{2,}");

    private static final Pattern LETTERS = Pattern.compile("[A-Z]{2,6}");

    /** Where a new sentence begins: the text's start, or after a full stop, question mark or colon. */
    private static final Pattern SENTENCE_START = Pattern.compile("(?:^|[.?!:;。？！：；]\\s*|\\n)\\s*[\"'“‘(]*$");

    private WrittenNames() {}

    /**
     * Whether four in five or more of an English question's four or more words (of two letters or more) open with a capital (a
     * Chinese question's Latin words are names whatever their case).
     */
    private static boolean capitalisedThroughout(String question) {
        int words = 0;
        int capitalised = 0;
        var m = WORD.matcher(question);
        while (m.find()) {
            if (m.group().length() >= 2) {
                words++;
                if (Character.isUpperCase(m.group().charAt(0))) {
                    capitalised++;
                }
            }
        }
        return words >= 4 && capitalised * 10 >= words * 8;
    }

    /**
     * Whether {@code acronym} (capitals only) is spelt out in {@code text} as consecutive words with its letters as
     * their initials: "PR" in "open a pull request".
     */
    public static boolean spelledOut(String acronym, String text) {
        if (!LETTERS.matcher(acronym).matches()) {
            return false;
        }
        String[] words = text.split("[^\\p{L}\\p{N}]+");
        int n = acronym.length();
        for (int i = 0; i + n <= words.length; i++) {
            boolean all = true;
            for (int k = 0; k < n && all; k++) {
                all = !words[i + k].isEmpty() && Character.toUpperCase(words[i + k].charAt(0)) == acronym.charAt(k);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words of {@code question} written as names, in order, each once; none when capitals mark no names in it
     * ("HOW DO I RESET MY PASSWORD", "How Do I Reset My Password": most of its words are capitalised).
     */
    public static List<String> of(String question) {
        boolean cjk = Scripts.containsCjk(question);
        if (!cjk && capitalisedThroughout(question)) {
            return List.of();
        }
        var out = new ArrayList<String>();
        var m = WORD.matcher(question);
        while (m.find()) {
            String w = m.group();
            boolean name = ACRONYM_OR_INNER.matcher(w).matches()
                    || (CAPITALISED.matcher(w).matches()
                            && (cjk
                                    || !SENTENCE_START
                                            .matcher(question.substring(0, m.start()))
                                            .find()));
            if (name && !w.equals("I") && !out.contains(w)) {
                out.add(w);
            }
        }
        return List.copyOf(out);
    }
}
