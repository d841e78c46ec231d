package com.studybot.core.quiz.generate;

import com.studybot.core.content.Sentences;
import java.util.ArrayList;
import java.util.List;

/**
 * A clause of a sentence in a note: sentences are split at semicolons, since notes often pack several
 * statements into one ("the API server is …; etcd is …; the scheduler …").
 */
record Clause(String text, String sentence, boolean startsLine) {
    static List<Clause> of(String sectionText) {
        var out = new ArrayList<Clause>();
        for (Sentences.Sentence s : Sentences.splitWithLines(sectionText)) {
            boolean first = s.startsLine();
            for (String part : s.text().split(";\\s+")) {
                String t = part.strip().replaceFirst("^(?:and|but|while)\\s+", "");
                if (!t.isEmpty()) {
                    out.add(new Clause(t, s.text(), first));
                }
                first = false;
            }
        }
        return out;
    }

    /** A command line or list of paths ("mv myfile.txt somewhere/bettername.txt"): mostly tokens, few words. */
    static boolean codeLine(String text) {
        // "-f / --force: overwrite existing files": the label of a list line is a term, not the line's content
        // (a full-width colon needs no space after it: "-i：该参数用于…")
        String body = text.strip().replaceFirst("^(?:[-*]\\s+)?[^:：]{1,40}(?::\\s+|：\\s*)", "");
        String[] tokens = body.split("\\s+");
        long code = java.util.Arrays.stream(tokens)
                .filter(t -> t.matches(".*[/~\\\\*=\\[\\]]+.*|.*\\.[a-z]{1,4}|-{1,2}[a-zA-Z].*"))
                .count();
        return code * 2 >= tokens.length;
    }

    /**
     * The label of a glossary line whose term is a piece of code with the slots of its syntax: "- EXPOSE <端口号>
     * 指令：…", "- git add <file>: …". The slots are the term's; the line after the label is what must read as prose.
     */
    private static final java.util.regex.Pattern GLOSSARY_LABEL = java.util.regex.Pattern.compile(
            "^(?:[-*]\\s+)?[^:：<>]{1,30}(?:\\s*<[^<>]{1,24}>|\\s*\\[[^\\[\\]]{1,40}])+[^:：]{0,12}(?::\\s+|：\\s*)");

    /** Lines that are cards, code or table rows are not prose to ask about. */
    boolean prose() {
        return !sentence.contains("::")
                && !sentence.contains("`")
                && !sentence.contains(" | ")
                && !GLOSSARY_LABEL.matcher(sentence).replaceFirst("").matches(".*[{}<>=$].*")
                && Words.length(text) >= 4
                && !codeLine(text);
    }
}
