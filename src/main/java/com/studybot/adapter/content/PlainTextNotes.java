package com.studybot.adapter.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
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
        boolean headings = MD_HEADING.matcher(String.join("\n", out)).find();
        List<String> paired = cheatSheetPairs(out);
        if (!headings) {
            inferHeadings(paired);
        }
        return String.join("\n", paired);
    }

    /** A command, option or key on a line of its own: "$ git add [file]", "pwd", "-f / --force", "Ctrl + C". */
    private static final Pattern TERM_LINE =
            Pattern.compile("^(?:\\$ [a-z][\\w.-]*(?: [^$]*)?|[a-z][a-z0-9_-]{0,15}(?:, [a-z][a-z0-9_-]{0,15})?"
                    + "|--?[A-Za-z0-9](?:[\\w=\\[\\]-]*)(?: / --?[\\w=\\[\\]-]+)?|(?:Ctrl|Alt|Shift|Cmd|Crtl)(?: \\+ \\S+)+"
                    + "(?: or (?:Ctrl|Alt|Shift|Cmd)(?: \\+ \\S+)+)*|[A-Z]{2,6})$");
    /** A line that labels what follows: "Syntax: ls [OPTIONS]", "Usage:", "Example: …". */
    private static final Pattern LABEL = Pattern.compile("^(?:Syntax|Usage|Options|Examples?|Note|Navigation|Tip):");
    /** "‘print working directory’": the words a command's name stands for. */
    private static final Pattern GLOSS = Pattern.compile("^[‘'\"“](.+)[’'\"”]$");
    /** "git: an open source, distributed version-control system": a glossary line. */
    private static final Pattern GLOSSARY = Pattern.compile("^([A-Za-z][\\w .-]{0,30}?): (\\p{Ll}.{10,})$");

    /**
     * Cheat sheets (PDFs above all) put a command, option or key on one line and what it does on the next:
     * each such pair, and each "term: description" glossary line, becomes a list item with the term in bold,
     * so it reads as a definition ("- **pwd**: ‘print working directory’ Outputs the absolute path …"). A
     * command given with the words it stands for (‘print working directory’) also starts a section of its own,
     * so the options listed after it are read as its options ("mv › -f / --force").
     */
    static List<String> cheatSheetPairs(List<String> lines) {
        var out = new ArrayList<String>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            Matcher glossary = GLOSSARY.matcher(line);
            if (glossary.matches()
                    && !line.contains("://")
                    && !LABEL.matcher(line).find()) {
                out.add("- **" + glossary.group(1).strip() + "**: " + glossary.group(2));
                continue;
            }
            if (i + 1 < lines.size() && TERM_LINE.matcher(line).matches() && !line.endsWith(".")) {
                int next = nonBlank(lines, i + 1);
                String gloss = "";
                Matcher g = GLOSS.matcher(lines.get(next).strip());
                if (g.matches() && next + 1 < lines.size()) {
                    gloss = "‘" + g.group(1) + "’";
                    next = nonBlank(lines, next + 1);
                }
                String term = line.replaceFirst("^\\$ ", "");
                boolean command = line.matches("[a-z][a-z0-9_-]*(?:, [a-z][a-z0-9_-]*)?");
                var description = new StringBuilder(lines.get(next).strip());
                if (command && (!gloss.isEmpty() || describes(description.toString()))) {
                    out.add("");
                    out.add("### " + term);
                    out.add("");
                }
                if (describes(description.toString())) {
                    // a description wrapped over several lines goes on until a full stop or the next label
                    while (next + 1 < lines.size()
                            && !description.toString().matches(".*[.:!?]$")
                            && describes(lines.get(next + 1).strip())) {
                        description.append(' ').append(lines.get(++next).strip());
                    }
                    out.add("- **" + term + "**: " + (gloss.isEmpty() ? "" : gloss + " ") + description);
                    out.add("");
                    i = next;
                    continue;
                }
                if (!gloss.isEmpty()) {
                    out.add("- **" + term + "**: " + gloss);
                    out.add("");
                    i = next - 1;
                    continue;
                }
            }
            out.add(lines.get(i));
        }
        return out;
    }

    /** The next line from {@code from} that is not blank (a PDF puts a blank line between a key and its text). */
    private static int nonBlank(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() - 1 && i < from + 2 && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }

    /** A line saying what something does: words, a capital or quote first, no command of its own. */
    private static boolean describes(String line) {
        return !line.isEmpty()
                && (Character.isUpperCase(line.codePointAt(0)) || Character.isLowerCase(line.codePointAt(0)))
                && line.split("\\s+").length >= 2
                && !line.contains("$ ")
                && !TERM_LINE.matcher(line).matches()
                && !LABEL.matcher(line).find()
                && !line.startsWith("Example");
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
        return words.length <= 8
                && Character.isUpperCase(line.codePointAt(0))
                && ".,;:!?)]".indexOf(last) < 0
                && !line.contains(": ");
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
