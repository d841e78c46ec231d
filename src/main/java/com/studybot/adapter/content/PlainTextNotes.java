package com.studybot.adapter.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Prepares plain text (and text extracted from PDFs) for the Markdown parser: page boilerplate goes,
 * hard line breaks inside paragraphs become soft ones (so the parser can join wrapped lines), and when the text has no
 * Markdown headings, short title-like lines standing alone become headings.
 */
final class PlainTextNotes {
    private static final Pattern MD_HEADING = Pattern.compile("(?m)^\\s{0,3}#{1,6}\\s+\\S");
    private static final Pattern LIST_OR_SPECIAL = Pattern.compile("^\\s*([-*+•]|\\d+[.)]|>|```|~~~|\\|)");

    private PlainTextNotes() {}

    static String toMarkdown(String text) {
        List<String> lines = BoilerplateFilter.filter(List.of(text.split("\\r?\\n", -1)));
        var out = new ArrayList<String>(lines.size());
        for (String line : lines) {
            out.add(line.replaceAll("[ \\t]+$", "").replace('\f', ' '));
        }
        if (!MD_HEADING.matcher(String.join("\n", out)).find()) {
            inferHeadings(out);
        }
        return String.join("\n", out);
    }

    /** A short line without final punctuation, alone between blank lines and followed by text, is a heading. */
    private static void inferHeadings(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            boolean alone = (i == 0 || lines.get(i - 1).isBlank())
                    && i + 1 < lines.size()
                    && lines.get(i + 1).isBlank();
            if (alone && looksLikeTitle(line) && followedByText(lines, i + 1)) {
                lines.set(i, "## " + line);
            }
        }
    }

    private static boolean looksLikeTitle(String line) {
        if (line.isEmpty() || LIST_OR_SPECIAL.matcher(line).find()) {
            return false;
        }
        String[] words = line.split("\\s+");
        char last = line.charAt(line.length() - 1);
        return words.length <= 8 && Character.isUpperCase(line.codePointAt(0)) && ".,;:!?)]".indexOf(last) < 0;
    }

    private static boolean followedByText(List<String> lines, int from) {
        for (int j = from; j < lines.size(); j++) {
            if (!lines.get(j).isBlank()) {
                return lines.get(j).strip().split("\\s+").length > 8;
            }
        }
        return false;
    }
}
