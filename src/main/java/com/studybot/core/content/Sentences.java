package com.studybot.core.content;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits text into sentences (English and CJK punctuation), keeping list lines and code lines apart. */
public final class Sentences {
    private Sentences() {}

    /** A sentence and whether it begins a line of the original text. */
    public record Sentence(String text, boolean startsLine) {}

    public static List<String> split(String text) {
        return splitWithLines(text).stream().map(Sentence::text).toList();
    }

    public static List<Sentence> splitWithLines(String text) {
        var result = new ArrayList<Sentence>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                splitLine(line.strip(), result);
            }
        }
        return result;
    }

    private static void splitLine(String line, List<Sentence> out) {
        var it = BreakIterator.getSentenceInstance(Locale.ROOT);
        it.setText(line);
        int start = it.first();
        boolean first = true;
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            String sentence = line.substring(start, end).strip();
            if (!sentence.isEmpty()) {
                out.add(new Sentence(sentence, first));
                first = false;
            }
        }
    }
}
