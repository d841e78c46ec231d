package com.studybot.core.content;

import com.studybot.core.common.Scripts;

/** Measures text in "words": whitespace-separated words, with two CJK characters counting as one word. */
final class TextSize {
    private TextSize() {}

    static double words(String text) {
        double words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Scripts.isCjk(cp)) {
                words += 0.5;
                inWord = false;
            } else if (Character.isWhitespace(cp)) {
                inWord = false;
            } else if (!inWord) {
                words += 1;
                inWord = true;
            }
        }
        return words;
    }
}
