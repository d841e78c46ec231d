package com.studybot.core.quiz.generate;

import com.studybot.core.content.Note;
import com.studybot.core.content.Section;
import com.studybot.core.quiz.AnswerGrader;
import com.studybot.core.quiz.QuizItem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Questions from a table whose rows name things ("Port Number | Protocol | Service", "MFA Device Type |
 * Description"): a row's description becomes "Which of these is described as “…”?" (or "Which of these has “…”
 * as its use case?") with the other rows' names as the wrong options, and a short value "What is the port number
 * of SSH?" with the column's other values. A column whose values repeat or are empty is never asked, nor is a
 * table of fewer than three rows.
 */
final class TableRows {
    static final int LONGEST_VALUE = 4;
    static final int FEWEST_ROWS = 3;
    private static final Set<String> DESCRIPTIONS = Set.of(
            "description",
            "definition",
            "key features",
            "features",
            "explanation",
            "meaning",
            "purpose",
            "说明",
            "作用说明",
            "功能说明",
            "描述",
            "定义",
            "功能",
            "作用",
            "含义",
            "用途");
    /** Columns that hold examples, remarks or syntax: never asked. */
    private static final Set<String> SKIPPED = Set.of(
            "example",
            "examples",
            "e g",
            "notes",
            "note",
            "comments",
            "comment",
            "remarks",
            "usage",
            "syntax",
            "link",
            "links",
            "source",
            "示例",
            "例子",
            "备注",
            "注释",
            "使用说明",
            "用法",
            "语法",
            "链接");

    private final AnswerGrader grader;
    private final TableQuestions.Fit fit;
    private final Set<String> prompts = new HashSet<>();
    private final Consumer<Claim> claims;

    TableRows(AnswerGrader grader, TableQuestions.Fit fit, Consumer<Claim> claims) {
        this.grader = grader;
        this.fit = fit;
        this.claims = claims;
    }

    List<QuizItem> of(Note n, Section s) {
        var out = new ArrayList<QuizItem>();
        for (Table t : Table.in(s.text())) {
            if (t.rows().size() < FEWEST_ROWS || Comparisons.things(t).isPresent()) {
                continue; // a comparison table is asked as one
            }
            OptionalInt key = keyColumn(t, s);
            if (key.isEmpty()) {
                continue;
            }
            var asked = new ArrayList<Integer>();
            for (int c = 0; c < t.headers().size(); c++) {
                if (c != key.getAsInt() && askable(t, c)) {
                    asked.add(c);
                }
            }
            for (int r = 0; r < t.rows().size() && !asked.isEmpty(); r++) {
                ask(n, s, t, key.getAsInt(), asked, r).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * The first column whose cells are all different names (bold, capitalised, acronyms, code-like, Chinese), or
     * all identifiers (plugins, options: "z", "git", "web-search").
     */
    static OptionalInt keyColumn(Table t, Section s) {
        for (int c = 0; c < t.headers().size(); c++) {
            if (!TableQuestions.attributeHeader(t.headers().get(c))
                    && t.distinct(c)
                    && (t.column(c).stream().allMatch(cell -> name(cell, s))
                            || t.column(c).stream().allMatch(cell -> cell.matches("[a-z][\\w.+-]{0,30}")))) {
                return OptionalInt.of(c);
            }
        }
        return OptionalInt.empty();
    }

    private static boolean name(String cell, Section s) {
        return NamedThings.isThing(cell)
                && !Character.isDigit(cell.codePointAt(0))
                && Words.count(cell) <= 5
                && (s.keyTerms().contains(cell)
                        || Words.capitalised(cell)
                        || cell.matches("[\\w.+-]*[\\d._-][\\w.+-]*")
                        || cell.matches("\\p{IsHan}{2,8}"));
    }

    /** A column asked about: a known kind of header, every value different and either short or a description. */
    private static boolean askable(Table t, int c) {
        String header = Words.norm(t.headers().get(c));
        return !header.isEmpty()
                && !SKIPPED.contains(header)
                && t.distinct(c)
                && (shortValues(t, c) || t.column(c).stream().allMatch(TableQuestions::saysSomething));
    }

    private static boolean shortValues(Table t, int c) {
        return t.column(c).stream().allMatch(v -> Words.length(v) <= LONGEST_VALUE && !v.startsWith("-"));
    }

    private Optional<QuizItem> ask(Note n, Section s, Table t, int key, List<Integer> asked, int r) {
        List<String> row = t.rows().get(r);
        String rowText = String.join(" | ", row);
        int start = Math.floorMod(rowText.hashCode(), asked.size());
        for (int k = 0; k < asked.size(); k++) {
            int c = asked.get((start + k) % asked.size());
            Optional<QuizItem> item = shortValues(t, c) ? value(n, s, t, key, c, r) : described(n, s, t, key, c, r);
            if (item.isPresent()) {
                return item;
            }
        }
        return Optional.empty();
    }

    /** "Which of these is described as “…”?": the row's name among the other rows' names. */
    private Optional<QuizItem> described(Note n, Section s, Table t, int key, int c, int r) {
        String cell = t.rows().get(r).get(c);
        String answer = t.rows().get(r).get(key);
        String header = t.headers().get(c);
        boolean chinese = Words.chinese(cell) || Words.chinese(header);
        String q = TableQuestions.quoted(cell);
        String prompt = DESCRIPTIONS.contains(Words.norm(header)) || DESCRIPTIONS.contains(header.strip())
                ? (chinese ? "下列哪一项符合这段描述：“" + q + "”？" : "Which of these is described as “" + q + "”?")
                : (chinese ? "下列哪一项的" + header.strip() + "是“" + q + "”？" : TableQuestions.listedUnder(header, q));
        if (sameAsAnother(t, c, r)) {
            return Optional.empty(); // another row's description says nearly the same
        }
        String slot = Claim.SLOT;
        String statement = DESCRIPTIONS.contains(Words.norm(header)) || DESCRIPTIONS.contains(header.strip())
                ? (chinese ? "“" + q + "”说的是" + slot + "。" : slot + " is described as “" + q + "”.")
                : (chinese
                        ? slot + "的" + header.strip() + "是“" + q + "”。"
                        : "The " + TableQuestions.lowered(header) + " of " + slot + " is “" + q + "”.");
        return choice(n, s, t, key, r, prompt, answer, "row", statement, chinese, -1)
                .filter(i -> fit.fit(prompt, answer, TableQuestions.passage(s)))
                .map(claim -> told(new Claim(
                        claim.base(), claim.template(), claim.truth(), unlike(t, key, c, r, claim), chinese)));
    }

    /** "What is the port number of SSH?": the value among the column's other values. */
    private Optional<QuizItem> value(Note n, Section s, Table t, int key, int c, int r) {
        String name = t.rows().get(r).get(key);
        String answer = t.rows().get(r).get(c);
        String header = t.headers().get(c).strip();
        boolean chinese = Words.chinese(name) || Words.chinese(header);
        boolean count = answer.matches("\\d+") && header.matches("(?i).*[a-z]s") && !Words.chinese(header);
        String prompt = chinese
                ? name + "的" + header + "是什么？"
                : count
                        ? "How many " + header + " does " + name + " have?"
                        : "What is the " + TableQuestions.lowered(header) + " of " + name + "?";
        if (TermForms.of(answer).stream().anyMatch(f -> Words.containsPhrase(prompt, f)) || !prompts.add(prompt)) {
            return Optional.empty();
        }
        String statement = chinese
                ? name + "的" + header + "是" + Claim.SLOT + "。"
                : count
                        ? name + " has " + Claim.SLOT + " " + header + "."
                        : "The " + TableQuestions.lowered(header) + " of " + name + " is " + Claim.SLOT + ".";
        return choice(n, s, t, c, r, prompt, answer, "value", statement, chinese, key)
                .map(this::told);
    }

    /**
     * The rows whose own cell of column {@code c} shares no word with row {@code r}'s ("machine learning
     * inference" may be a use of the row whose use is "machine learning"): row {@code r}'s cell said of them is
     * false. None in a table of responsibilities, where one row holds what another does (what AWS secures under
     * IaaS it secures under PaaS too).
     */
    private static List<Claim.Other> unlike(Table t, int key, int c, int r, Claim claim) {
        if (t.headers().get(c).matches("(?i).*(?:responsib|责任).*")) {
            return List.of();
        }
        String cell = t.rows().get(r).get(c);
        return claim.others().stream()
                .filter(o -> Comparisons.similarity(
                                cell,
                                t.rows().get(t.column(key).indexOf(o.filler())).get(c))
                        == 0)
                .toList();
    }

    /** The claim's item, the claim told to the true/false sink. */
    private QuizItem told(Claim claim) {
        claims.accept(claim);
        return claim.base();
    }

    /**
     * The item, with up to three other cells of column {@code c} as wrong options (two at least), as a claim: the
     * {@code statement} filled with those cells is false (whose they are is column {@code owners}, -1 for none).
     */
    private Optional<Claim> choice(
            Note n,
            Section s,
            Table t,
            int c,
            int r,
            String prompt,
            String answer,
            String kind,
            String statement,
            boolean chinese,
            int owners) {
        String id = TableQuestions.id(
                kind, n.path(), answer, String.join(" | ", t.rows().get(r)));
        var others = new ArrayList<String>();
        for (String o : t.column(c)) {
            if (!o.equals(answer) && !TableQuestions.alike(grader, List.of(o, answer))) {
                others.add(o);
            }
        }
        List<String> distractors = TableQuestions.pick(others, Choices.DISTRACTORS, id);
        var options = new ArrayList<>(distractors);
        options.add(answer);
        if (distractors.size() < 2 || TableQuestions.namesAnOption(prompt, distractors)) {
            return Optional.empty();
        }
        String quote = String.join(" · ", quoteCells(t, r));
        QuizItem item =
                TableQuestions.item(id, n, s, prompt, answer, TableQuestions.shuffled(distractors, answer, id), quote);
        var wrong = new ArrayList<Claim.Other>();
        for (String o : distractors) {
            String owner =
                    owners < 0 ? "" : t.rows().get(t.column(c).indexOf(o)).get(owners);
            wrong.add(new Claim.Other(o, owner));
        }
        return Optional.of(new Claim(item, statement, answer, wrong, chinese));
    }

    private static List<String> quoteCells(Table t, int r) {
        var out = new ArrayList<String>();
        for (int c = 0; c < t.headers().size(); c++) {
            out.add(t.headers().get(c) + ": " + t.rows().get(r).get(c));
        }
        return out;
    }

    /** Whether another row's cell of column {@code c} says nearly what row {@code r}'s says. */
    private static boolean sameAsAnother(Table t, int c, int r) {
        String cell = t.rows().get(r).get(c);
        for (int i = 0; i < t.rows().size(); i++) {
            if (i != r && Comparisons.similarity(cell, t.rows().get(i).get(c)) >= 0.5) {
                return true;
            }
        }
        return false;
    }
}
