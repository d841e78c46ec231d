package com.studybot.core.content;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits text into sentences (English and CJK punctuation), keeping list lines and code lines apart. */
public final class Sentences {
    private Sentences() {}

    public static List<String> split(String text) {
        var result = new ArrayList<String>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                splitLine(line.strip(), result);
            }
        }
        return result;
    }

    private static void splitLine(String line, List<String> out) {
        var it = BreakIterator.getSentenceInstance(Locale.ROOT);
        it.setText(line);
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            String sentence = line.substring(start, end).strip();
            if (!sentence.isEmpty()) {
                out.add(sentence);
            }
        }
    }
}
