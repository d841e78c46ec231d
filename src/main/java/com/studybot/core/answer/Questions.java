package com.studybot.core.answer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** What makes two questions the same question, for caches. */
public final class Questions {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern END = Pattern.compile("[\\s?？!！.。]+$");

    private Questions() {}

    /** Case, accents' composition, spacing and trailing punctuation don't make a different question. */
    public static String normalise(String question) {
        String s = Normalizer.normalize(question, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = SPACES.matcher(s).replaceAll(" ").strip();
        return END.matcher(s).replaceAll("");
    }
}
