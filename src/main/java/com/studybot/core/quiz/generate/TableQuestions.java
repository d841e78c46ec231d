package com.studybot.core.quiz.generate;

import com.studybot.core.common.Hashes;
import com.studybot.core.content.Note;
import com.studybot.core.content.Section;
import com.studybot.core.quiz.AnswerGrader;
import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.QuizItem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * What the two table forms share: how a cell is quoted in a prompt, whether a prompt names an option, and how a
 * multiple-choice item from a table row is built.
 */
final class TableQuestions {
    /** A generated question checked against its passage (the generator's common checks and duplicate prompts). */
    interface Fit {
        boolean fit(String prompt, String answer, String passage);
    }

    /** First-column headers that name the compared attribute, not a thing: "Attribute", "Properties", 项目. */
    static final Set<String> ATTRIBUTE_HEADERS = Set.of(
            "",
            "attribute",
            "attributes",
            "property",
            "properties",
            "feature",
            "features",
            "aspect",
            "aspects",
            "criteria",
            "criterion",
            "parameter",
            "parameters",
            "characteristic",
            "characteristics",
            "dimension",
            "comparison",
            "responsibility",
            "area",
            "项目",
            "属性",
            "特性",
            "对比项",
            "比较项",
            "方面",
            "特点",
            "对比",
            "比较");

    /** Longest cell (in words) quoted in a prompt: a longer one is a paragraph, not a fact to recognise. */
    static final int MAX_CELL_WORDS = 30;

    /** Cells that stand for nothing said: "N/A", "-", "Yes", "✓", 无. */
    private static final java.util.regex.Pattern EMPTY_LIKE =
            java.util.regex.Pattern.compile("(?i)n/?a\\.?|none|yes|no|-+|—|✓|✔|✗|×|x|tbd|todo|无|有|是|否|\\?+");

    private TableQuestions() {}

    /** Whether {@code header} names the attribute column of a comparison table. */
    static boolean attributeHeader(String header) {
        return ATTRIBUTE_HEADERS.contains(Words.norm(header)) || ATTRIBUTE_HEADERS.contains(header.strip());
    }

    /** A cell as it reads inside quotation marks: no trailing full stop, no capital a sentence gave it. */
    static String quoted(String cell) {
        String c = trimmed(cell);
        boolean article = c.matches("^(?:A|An|The)\\s.*");
        // "Platform as a Service" keeps its capitals: a name, not a sentence's first word
        boolean named = capitalisedName(c);
        if (article
                || (!named
                        && c.length() > 1
                        && Character.isUpperCase(c.codePointAt(0))
                        && Character.isLowerCase(c.codePointAt(1)))) {
            c = Character.toLowerCase(c.charAt(0)) + c.substring(1);
        }
        return c;
    }

    /** A cell without the spaces around it and the full stop or comma it ends with. */
    static String trimmed(String cell) {
        return cell.strip().replaceAll("[.;,。；，]+$", "");
    }

    private static final java.util.Set<String> SMALL_WORDS =
            java.util.Set.of("a", "an", "the", "as", "of", "to", "and", "or", "for", "in", "on", "at", "by", "with");

    /** More than half the words after the first are capitalised ("Platform as a Service", "Infrastructure as Code"). */
    static boolean capitalisedName(String cell) {
        String[] words = cell.strip().split("\\s+");
        int counted = 0;
        int capitalised = 0;
        for (int i = 1; i < words.length; i++) {
            String w = words[i].replaceAll("[^\\p{L}\\d]", "");
            if (w.isEmpty() || SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            counted++;
            capitalised +=
                    w.length() > 1 && Character.isUpperCase(w.codePointAt(0)) && Character.isLowerCase(w.codePointAt(1))
                            ? 1
                            : 0;
        }
        return counted > 0 && capitalised * 2 > counted;
    }

    /**
     * A row's cell asked under its column's name: "Which of these is listed under “Bandwidth” as “scale up to 100
     * Gbps”?". The column is named as the table names it, so a cell that is a verb phrase or a column such as
     * "Deployment" still reads ("For which of these is the bandwidth “…”?" and "Which of these has “define and manage
     * AWS infrastructure” as its deployment?" were each rated awkward four times in blind reviews).
     */
    static String listedUnder(String label, String quotedCell) {
        return "Which of these is listed under “" + label.strip() + "” as “" + quotedCell + "”?";
    }

    /** A label as it reads mid-sentence: "Public IP addresses" → "public IP addresses"; acronyms stay. */
    static String lowered(String label) {
        var out = new ArrayList<String>();
        for (String w : label.strip().split("\\s+")) {
            boolean initialOnly = w.length() > 1
                    && Character.isUpperCase(w.codePointAt(0))
                    && w.substring(1).equals(w.substring(1).toLowerCase(Locale.ROOT));
            out.add(initialOnly ? w.toLowerCase(Locale.ROOT) : w);
        }
        return String.join(" ", out);
    }

    /** A cell that says a column does not apply: "Not applicable (fully managed by AWS)", "N/A – managed", 不适用. */
    private static final java.util.regex.Pattern NOT_APPLICABLE =
            java.util.regex.Pattern.compile("(?i)^(?:not applicable|n/a|does not apply|不适用)(?![\\w/])");

    /**
     * Whether a cell says something: words (two or more, or two Chinese characters), not a bare number or tick, nor
     * "not applicable" (asked as the customer's responsibility it was rated BROKEN in a blind review).
     */
    static boolean saysSomething(String cell) {
        return !EMPTY_LIKE.matcher(cell.strip()).matches()
                && !NOT_APPLICABLE.matcher(cell.strip()).find()
                && !cell.strip().startsWith("-")
                && !cell.contains(" - ")
                && cell.codePoints().anyMatch(Character::isLetter)
                && (Words.count(cell.replaceAll("\\p{IsHan}+", " ")) >= 2
                        || cell.replaceAll("[^\\p{IsHan}]", "").length() >= 2)
                && Words.length(cell) <= MAX_CELL_WORDS;
    }

    /** Whether {@code prompt} names any of {@code options} in any form (it would point at or rule out one). */
    static boolean namesAnOption(String prompt, List<String> options) {
        for (String o : options) {
            if (TermForms.of(o).stream().anyMatch(f -> Words.containsPhrase(prompt, f))
                    || Giveaways.givesAway(prompt, o)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the grader would take one option for another (so a typed answer could be right twice). */
    static boolean alike(AnswerGrader grader, List<String> options) {
        for (String a : options) {
            for (String b : options) {
                if (!a.equals(b)
                        && (grader.grade(a, b, List.of()).correct()
                                || TermForms.overlap(a, b)
                                || Words.norm(a).equals(Words.norm(b)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Up to {@code most} of {@code others}, picked in a stable order for {@code seed}. */
    static List<String> pick(List<String> others, int most, String seed) {
        var sorted = new ArrayList<>(others);
        sorted.sort(Comparator.comparing(o -> Hashes.sha256(seed + "\n" + o)));
        return List.copyOf(sorted.subList(0, Math.min(most, sorted.size())));
    }

    /** The options in a stable shuffled order. */
    static List<String> shuffled(List<String> distractors, String answer, String seed) {
        var options = new ArrayList<>(distractors);
        options.add(answer);
        Collections.shuffle(options, new Random(seed.hashCode()));
        return List.copyOf(options);
    }

    /** A multiple-choice item asking a table row; it has no typed form ("which of these" needs its options). */
    static QuizItem item(
            String id, Note n, Section s, String prompt, String answer, List<String> options, String quote) {
        return item(id, n, s, prompt, answer, options, quote, options);
    }

    /** As above, shown without the headings that name any of {@code hidden}. */
    static QuizItem item(
            String id,
            Note n,
            Section s,
            String prompt,
            String answer,
            List<String> options,
            String quote,
            List<String> hidden) {
        String citation = QuestionGenerator.citation(n.path(), s.headingPath());
        String context = Topics.context(n.path(), s.headingPath(), hidden);
        var q = new Question(id, prompt, answer, List.of(), options, citation, quote, context);
        return new QuizItem(
                id,
                Topics.of(n.path(), s.headingPath(), Optional.of(n)),
                Optional.empty(),
                Optional.of(q),
                true,
                s.text());
    }

    /** The section's text with its headings, as the generator's checks read a passage. */
    static String passage(Section s) {
        return String.join("\n", s.headingPath()) + "\n" + s.text();
    }

    static String id(String kind, String file, String answer, String row) {
        return "gen:" + kind + ":"
                + Hashes.sha256(file + "\n" + answer + "\n" + row).substring(0, 16);
    }
}
