package com.studybot.core.quiz.generate;

import com.studybot.core.common.Terms;
import com.studybot.core.content.Note;
import com.studybot.core.content.Section;
import com.studybot.core.quiz.AnswerGrader;
import com.studybot.core.quiz.QuizItem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "X vs Y" questions from a comparison table: its header names two to four things ("Security Group | Network
 * ACL", or after an attribute column: "Attribute | NAT gateway | NAT instance") and each row says how they
 * differ. Of three or four things, a row becomes "Which of these is described as “operates at the subnet level”?"
 * (or "Which of these is listed under “Bandwidth” as “scale up to 100 Gbps”?") with the compared things as the
 * options. Of two, it becomes "Which of these is true of NAT gateway but not of NAT instance?" with the other's
 * cells as the wrong options (see {@link #whichIsTrue}). A row whose cells say nearly the same, or whose cell names
 * one of the things, asks nothing.
 */
final class Comparisons {
    static final int MOST_THINGS = 4;

    private final AnswerGrader grader;
    private final TableQuestions.Fit fit;
    private final java.util.function.Consumer<Claim> claims;

    private final Rejects rejects;

    Comparisons(
            AnswerGrader grader, TableQuestions.Fit fit, java.util.function.Consumer<Claim> claims, Rejects rejects) {
        this.grader = grader;
        this.fit = fit;
        this.claims = claims;
        this.rejects = rejects;
    }

    /** The compared things of {@code t} (the header after any attribute column), or empty when it compares none. */
    static Optional<List<String>> things(Table t) {
        List<String> h = t.headers();
        int from = TableQuestions.attributeHeader(h.get(0)) ? 1 : 0;
        List<String> things = h.subList(from, h.size());
        if (things.size() < 2 || things.size() > MOST_THINGS) {
            return Optional.empty();
        }
        Set<String> seen = new HashSet<>();
        for (String thing : things) {
            if (!NamedThings.isThing(thing)
                    || Character.isDigit(thing.codePointAt(0))
                    || Words.count(thing) > 6
                    || !seen.add(Words.norm(thing))) {
                return Optional.empty();
            }
        }
        boolean labels = from == 0 || t.column(0).stream().allMatch(c -> !c.isBlank() && Words.length(c) <= 5);
        // a comparison says things in words; a table of ports, sizes or grades keyed by its columns is no comparison
        long said = t.rows().stream()
                .filter(r -> r.subList(from, r.size()).stream().allMatch(TableQuestions::saysSomething))
                .count();
        return labels && said * 2 >= t.rows().size() ? Optional.of(List.copyOf(things)) : Optional.empty();
    }

    List<QuizItem> of(Note n, Section s) {
        var out = new ArrayList<QuizItem>();
        for (Table t : Table.in(s.text())) {
            Optional<List<String>> things = things(t);
            if (things.isEmpty() || TableQuestions.alike(grader, things.get())) {
                continue;
            }
            int from = t.headers().size() - things.get().size();
            for (int r = 0; r < t.rows().size(); r++) {
                ask(n, s, t, things.get(), from, r).ifPresent(out::add);
            }
        }
        return out;
    }

    /** One question for row {@code r}: about the first of its cells (from a stable start) that makes a fair one. */
    private Optional<QuizItem> ask(Note n, Section s, Table t, List<String> things, int from, int r) {
        List<String> row = t.rows().get(r);
        Optional<String> attribute = from == 1 ? Optional.of(row.get(0)) : Optional.empty();
        List<String> cells = row.subList(from, row.size());
        if (!cells.stream().allMatch(TableQuestions::saysSomething)) {
            return Optional.empty();
        }
        String rowText = String.join(" | ", cells);
        int start = Math.floorMod(rowText.hashCode(), cells.size());
        for (int k = 0; k < cells.size(); k++) {
            int c = (start + k) % cells.size();
            String prompt = prompt(cells.get(c), attribute);
            String answer = things.get(c);
            if (trueOfAnother(t, from, r, from + c)
                    || TableQuestions.namesAnOption(prompt, things)
                    || !fit.fit(prompt, answer, TableQuestions.passage(s))) {
                continue;
            }
            String id = TableQuestions.id("vs", n.path(), answer, s.headingLabel() + "\n" + rowText);
            List<String> others = things.stream().filter(o -> !o.equals(answer)).toList();
            String quote = quote(things, attribute, cells);
            // of two things, "which of these …?" is a coin flip (rated WEAK in every blind review): a pair's row is
            // asked only the other way round, or not at all
            Optional<QuizItem> asked = things.size() == 2
                    ? whichIsTrue(n, s, t, things, from, r, c, id, quote)
                    : Optional.of(TableQuestions.item(
                            id, n, s, prompt, answer, TableQuestions.shuffled(others, answer, id), quote));
            if (asked.isEmpty()) {
                rejects.count(Rejects.FEW_SIBLINGS, prompt + " → " + answer + " (one of two: a coin flip)");
                continue;
            }
            QuizItem item = asked.get();
            // of three or four things a row may say more of one than of another ("up to exabytes" holds petabytes,
            // what AWS secures under IaaS it secures under PaaS too): only a pair's other cell is surely not its own
            claims.accept(new Claim(
                    item,
                    statement(cells.get(c), attribute),
                    answer,
                    things.size() == 2 ? Claim.unowned(others) : List.of(),
                    Words.chinese(prompt)));
            return Optional.of(item);
        }
        return Optional.empty();
    }

    /** Longest cell (in words) offered as an option of a pair's "which of these is true of …?". */
    static final int MAX_OPTION_WORDS = 20;

    /**
     * A pair's row asked the other way round, as exams ask a comparison: "Which of these is true of Security Group
     * but not of Network ACL?", the right option the row's cell of that thing ("Operates at the instance level")
     * and the wrong ones the other thing's cells of other rows (of this row too when the table is short), each
     * with its row's attribute ("Bandwidth: scale up to 100 Gbps"). Two things asked "which of these is described
     * as …?" are a coin flip (rated WEAK in blind reviews of the exam notes, 58 of their questions); here a student
     * has to know the pair's differences. Empty when fewer than two of the other thing's cells make fair options.
     */
    private static Optional<QuizItem> whichIsTrue(
            Note n, Section s, Table t, List<String> things, int from, int r, int c, String id, String quote) {
        int other = 1 - c;
        String right = option(t, from, r, from + c);
        if (Words.length(t.rows().get(r).get(from + c)) > MAX_OPTION_WORDS) {
            return Optional.empty();
        }
        var seen = new HashSet<String>(Set.of(Words.norm(right)));
        var candidates = new ArrayList<String>();
        for (int i = 0; i < t.rows().size(); i++) {
            if (i != r && fairOption(t, things, from, i, from + other)) {
                String o = option(t, from, i, from + other);
                if (seen.add(Words.norm(o))) {
                    candidates.add(o);
                }
            }
        }
        var wrong = new ArrayList<>(TableQuestions.pick(candidates, 3, id));
        // the row's own contrast only where it shares no label and no opening word with the answer: "Port
        // forwarding: not supported" beside "Port forwarding: manually customize …" narrows four options to those two
        // (rated WEAK twice in a blind review)
        if (wrong.size() < 3
                && from == 0
                && !firstWord(right).equals(firstWord(t.rows().get(r).get(from + other)))
                && fairOption(t, things, from, r, from + other)) {
            String o = option(t, from, r, from + other);
            if (seen.add(Words.norm(o))) {
                wrong.add(o);
            }
        }
        if (wrong.size() < 2) {
            return Optional.empty();
        }
        String thing = things.get(c);
        String prompt = Words.chinese(right)
                ? "下列哪一项说的是" + thing + "，而不是" + things.get(other) + "？"
                : "Which of these is true of " + thing + " but not of " + things.get(other) + "?";
        // shown with its headings unless one names the answer: the prompt names both things anyway
        QuizItem item = TableQuestions.item(
                id, n, s, prompt, right, TableQuestions.shuffled(wrong, right, id), quote, List.of(right));
        // every row of the pair asks the same question of the same thing: one of them in a quiz, the others later
        String pair = TableQuestions.id("vs-pair", n.path(), thing, s.headingLabel() + "\n" + t.headers());
        return Optional.of(new QuizItem(
                item.id(),
                item.topics(),
                item.typed(),
                item.choice(),
                item.choiceFirst(),
                item.passage(),
                item.seed(),
                Set.of(pair)));
    }

    private static String firstWord(String text) {
        return Words.norm(text).replaceFirst(" .*", "");
    }

    /** Whether row {@code r}'s cell in column {@code col} is said of its thing alone, briefly, without naming either. */
    private static boolean fairOption(Table t, List<String> things, int from, int r, int col) {
        String cell = t.rows().get(r).get(col);
        return TableQuestions.saysSomething(cell)
                && Words.length(cell) <= MAX_OPTION_WORDS
                && !trueOfAnother(t, from, r, col)
                && !TableQuestions.namesAnOption(cell, things);
    }

    /** A cell as an option, with its row's attribute when the table has one: "Bandwidth: scale up to 100 Gbps". */
    private static String option(Table t, int from, int r, int col) {
        String cell = t.rows().get(r).get(col);
        if (from == 0) {
            return TableQuestions.trimmed(cell);
        }
        String label = t.rows().get(r).get(0).strip();
        return Words.chinese(label) || Words.chinese(cell)
                ? label + "：" + TableQuestions.quoted(cell)
                : label + ": " + TableQuestions.quoted(cell);
    }

    static String prompt(String cell, Optional<String> attribute) {
        String q = TableQuestions.quoted(cell);
        boolean chinese =
                Words.chinese(cell) || attribute.filter(Words::chinese).isPresent();
        if (attribute.isPresent()) {
            String label = attribute.get().strip();
            return chinese ? "下列哪一项的" + label + "是“" + q + "”？" : TableQuestions.listedUnder(label, q);
        }
        if (chinese) {
            return "下列哪一项符合这段描述：“" + q + "”？";
        }
        // "Operates at the subnet level" reads as a question of its own: "Which of these operates at …?"
        return VERB_FIRST.matcher(q).find() && !q.contains("“")
                ? "Which of these " + q + "?"
                : "Which of these is described as “" + q + "”?";
    }

    /** The row's cell said of a thing (in the slot): "… operates at the instance level.", "…的带宽是“…”。". */
    static String statement(String cell, Optional<String> attribute) {
        String q = TableQuestions.quoted(cell);
        String slot = Claim.SLOT;
        boolean chinese =
                Words.chinese(cell) || attribute.filter(Words::chinese).isPresent();
        if (attribute.isPresent()) {
            String label = attribute.get().strip();
            return chinese
                    ? slot + "的" + label + "是“" + q + "”。"
                    : "The " + TableQuestions.lowered(label) + " of " + slot + " is “" + q + "”.";
        }
        if (chinese) {
            return "“" + q + "”说的是" + slot + "。";
        }
        return VERB_FIRST.matcher(q).find() && !q.contains("“")
                ? slot + " " + q + "."
                : slot + " is described as “" + q + "”.";
    }

    /** A cell that starts with a verb of the thing it describes: "operates", "supports", "is stateful". */
    private static final java.util.regex.Pattern VERB_FIRST = java.util.regex.Pattern.compile(
            "^(?:is|are|has|have|can|cannot|operates|supports|applies|starts|handles|provides|offers|allows|uses|"
                    + "runs|scales|manages|requires|executes|ensures|implements|includes|stores|connects|lets|gives|"
                    + "keeps|creates|charges|depends|integrates|enables|works|needs)\\s");

    /** The row as the answer's quote: "Bandwidth — NAT gateway: Scale up to 100 Gbps. / NAT instance: …". */
    private static String quote(List<String> things, Optional<String> attribute, List<String> cells) {
        var parts = new ArrayList<String>();
        for (int i = 0; i < things.size(); i++) {
            parts.add(things.get(i) + ": " + cells.get(i));
        }
        return attribute.map(a -> a + " — ").orElse("") + String.join(" / ", parts);
    }

    /**
     * Whether the cell at row {@code r}, column {@code c} may be said of another compared thing too: a cell of
     * another column says the same ("Use flow logs to capture the traffic." under both), or, in another row,
     * nearly the same ("Data is only written to the main DB" and "Data is only read/written to the main
     * database"). In its own row a cell alike but for a word is the contrast itself ("Operates at the instance
     * level" and "… subnet level").
     */
    static boolean trueOfAnother(Table t, int from, int r, int c) {
        String cell = t.rows().get(r).get(c);
        for (int i = 0; i < t.rows().size(); i++) {
            for (int j = from; j < t.headers().size(); j++) {
                if (j == c) {
                    continue;
                }
                String other = t.rows().get(i).get(j);
                double same = similarity(cell, other);
                if (contained(cell, other) || same >= (i == r ? 0.8 : 0.5)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether one cell's content words (two or more) are all words of the other ("Scale" in "Scale up to …"). */
    private static boolean contained(String a, String b) {
        Set<String> x = Terms.of(a);
        Set<String> y = Terms.of(b);
        return x.equals(y) || (x.size() >= 2 && y.containsAll(x)) || (y.size() >= 2 && x.containsAll(y));
    }

    /** Shared content words (stemmed; in Chinese, pairs of characters) over all of them. */
    static double similarity(String a, String b) {
        Set<String> x = Terms.of(a);
        Set<String> y = Terms.of(b);
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        return union.isEmpty() ? 1.0 : (double) both.size() / union.size();
    }
}
