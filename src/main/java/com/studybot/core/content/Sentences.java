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

    /** A break right after ".", "?" or "!" with no space before the next Latin letter, digit or symbol. */
    private static boolean insideToken(String line, int end) {
        char before = line.charAt(end - 1);
        char after = line.charAt(end);
        return ".?!".indexOf(before) >= 0
                && !Character.isWhitespace(after)
                && Character.UnicodeScript.of(after) != Character.UnicodeScript.HAN
                && "\"'“”‘’)）]】」』".indexOf(after) < 0;
    }

    private static void splitLine(String line, List<Sentence> out) {
        var it = BreakIterator.getSentenceInstance(Locale.ROOT);
        it.setText(line);
        int start = it.first();
        boolean first = true;
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            while (end != BreakIterator.DONE && end < line.length() && insideToken(line, end)) {
                end = it.next(); // "?cacheSeconds=3600" or "index.html" is code, not the end of a sentence
            }
            if (end == BreakIterator.DONE) {
                end = line.length();
            }
            String sentence = line.substring(start, end).strip();
            if (!sentence.isEmpty()) {
                out.add(new Sentence(sentence, first));
                first = false;
            }
        }
    }
}
