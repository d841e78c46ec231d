package com.studybot.adapter.console;

import com.studybot.core.quiz.AnswerGrader;
import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.QuizItem;
import com.studybot.core.quiz.TrueFalse;
import com.studybot.core.quiz.generate.QuestionGenerator;
import com.studybot.core.quiz.generate.WrittenItems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The audit report: generated questions with the passages they come from, spread over the notes (one per
 * file in turn), and the counts of rejected candidates, as Markdown for a person to read.
 */
public final class QuestionAudit {
    private QuestionAudit() {}

    public static String render(QuestionGenerator.Result result, int count) {
        List<Question> picked = spread(result.items(), count);
        var sb = new StringBuilder("# Generated questions: audit\n\n");
        long generated = result.items().stream().filter(i -> !isCard(i)).count();
        long cardChoices = result.items().stream()
                .filter(i -> isCard(i) && i.choice().isPresent())
                .count();
        sb.append(
                ("%d generated items (%d with multiple choice), %d cards (%d also as multiple choice); %d questions below,"
                                + " one per fact, each in the form a mixed quiz asks it.%n%n")
                        .formatted(
                                generated,
                                result.items().stream()
                                        .filter(i -> !isCard(i) && i.choice().isPresent())
                                        .count(),
                                result.items().stream()
                                        .filter(QuestionAudit::isCard)
                                        .count(),
                                cardChoices,
                                picked.size()));
        sb.append(
                "How to rate: write GOOD, WEAK or BROKEN on each question's `Rating:` line (or in the table at the end)"
                        + " and say why when it is not GOOD.\n\n");
        sb.append(AnswerGrader.RULES).append("\n\n");
        coverage(sb, result);
        sb.append("## Rejected candidates\n\n");
        rejects(sb, result.rejects(), false);
        samples(sb, result.rejectSamples());
        long written = result.items().stream()
                .filter(i -> i.id().startsWith(WrittenItems.ID_PREFIX))
                .count();
        if (written > 0 || result.rejects().keySet().stream().anyMatch(QuestionAudit::writtenReject)) {
            sb.append("## Questions written by the language model\n\n")
                    .append(written)
                    .append(" accepted (among the generated items above). Rejected:\n\n");
            rejects(sb, result.rejects(), true);
        }
        int n = 1;
        for (Question q : picked) {
            sb.append(question(n++, q, passageOf(result.items(), q)));
        }
        ratingTable(sb, picked);
        trueFalse(sb, result.items(), picked);
        return sb.toString();
    }

    /**
     * Every true/false statement (a quiz asks one now and then instead of the fact's other form), to read, each
     * naming the question above that asks the same fact, if one does: a quiz asks one of the two, never both.
     */
    private static void trueFalse(StringBuilder sb, List<QuizItem> items, List<Question> picked) {
        Map<String, Integer> numberByFact = new java.util.HashMap<>();
        for (int n = 0; n < picked.size(); n++) {
            String id = picked.get(n).id();
            int number = n + 1;
            items.stream()
                    .filter(i -> i.id().equals(id))
                    .findFirst()
                    .ifPresent(i -> i.facts().forEach(f -> numberByFact.putIfAbsent(f, number)));
        }
        List<QuizItem> statements = items.stream().filter(QuizItem::trueFalse).toList();
        long right = statements.stream()
                .map(QuizItem::natural)
                .filter(TrueFalse::truth)
                .count();
        sb.append(("\n## True/false statements\n\n%d statements (%d true, %d false). Each is another form of a fact:"
                        + " a quiz asks the statement or the fact's other form, never both.%n%n")
                .formatted(statements.size(), right, statements.size() - right));
        for (QuizItem item : statements) {
            Question q = item.natural();
            sb.append("- ")
                    .append(q.prompt())
                    .append(" → **")
                    .append(q.answer())
                    .append("**");
            item.facts().stream()
                    .map(numberByFact::get)
                    .filter(java.util.Objects::nonNull)
                    .findFirst()
                    .ifPresent(
                            n -> sb.append(" (the fact of question ").append(n).append(" above, in its other form)"));
            sb.append("  \n  ")
                    .append(q.citation())
                    .append(" · ")
                    .append(q.quote().replace("\n", " "))
                    .append('\n');
        }
    }

    /** Questions per 1,000 words, by file: a long note that yields few questions shows here. */
    private static void coverage(StringBuilder sb, QuestionGenerator.Result result) {
        if (result.noteWords().isEmpty()) {
            return;
        }
        Map<String, Integer> perFile = new TreeMap<>();
        for (QuizItem i : result.items()) {
            perFile.merge(file(i.natural()), 1, Integer::sum);
        }
        sb.append(
                "## Questions per 1,000 words, by file\n\n| file | words | items | per 1,000 words |\n|---|---:|---:|---:|\n");
        new TreeMap<>(result.noteWords()).forEach((file, words) -> {
            int items = perFile.getOrDefault(file, 0);
            sb.append("| %s | %d | %d | %.1f |%n"
                    .formatted(file, words, items, words == 0 ? 0.0 : items * 1000.0 / words));
        });
        sb.append('\n');
    }

    private static void samples(StringBuilder sb, Map<String, List<String>> samples) {
        if (samples.isEmpty()) {
            return;
        }
        sb.append("Examples of rejected candidates:\n\n");
        new TreeMap<>(samples)
                .forEach((reason, examples) -> examples.forEach(e -> sb.append("- ")
                        .append(reason)
                        .append(": ")
                        .append(e.replace("\n", " "))
                        .append('\n')));
        sb.append('\n');
    }

    private static void ratingTable(StringBuilder sb, List<Question> picked) {
        sb.append("## Ratings\n\n| n | form | answer | rating | why |\n|---:|---|---|---|---|\n");
        int n = 1;
        for (Question q : picked) {
            sb.append("| %d | %s | %s |  |  |%n"
                    .formatted(
                            n++,
                            q.multipleChoice() ? "choice" : "typed",
                            q.answer().replace("|", "\\|")));
        }
    }

    private static void rejects(StringBuilder sb, Map<String, Integer> rejects, boolean written) {
        rejects.entrySet().stream()
                .filter(e -> writtenReject(e.getKey()) == written)
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> sb.append("- ")
                        .append(e.getKey())
                        .append(": ")
                        .append(e.getValue())
                        .append('\n'));
        sb.append('\n');
    }

    private static boolean writtenReject(String reason) {
        return reason.startsWith("written: ");
    }

    private static boolean isCard(QuizItem item) {
        return !item.id().startsWith("gen:");
    }

    /**
     * One question per fact, in the form a mixed quiz asks it (an item asking a fact an earlier one asks is left
     * out, as a quiz leaves it out), one file after another in turn.
     */
    private static List<Question> spread(List<QuizItem> items, int count) {
        Map<String, List<Question>> byFile = new LinkedHashMap<>();
        var seen = new java.util.HashSet<String>();
        for (QuizItem i : items) {
            var facts = i.facts();
            if (i.trueFalse()) {
                continue; // listed on their own, after the ratings
            }
            if (facts.stream().noneMatch(seen::contains)) {
                byFile.computeIfAbsent(file(i.natural()), f -> new ArrayList<>())
                        .add(i.natural());
            }
            seen.addAll(facts);
        }
        var out = new ArrayList<Question>();
        for (int round = 0; out.size() < count; round++) {
            boolean any = false;
            for (List<Question> qs : byFile.values()) {
                if (round < qs.size() && out.size() < count) {
                    out.add(qs.get(round));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        return out;
    }

    private static String file(Question q) {
        int at = q.citation().indexOf(" › ");
        return at < 0 ? q.citation() : q.citation().substring(0, at);
    }

    private static String passageOf(List<QuizItem> items, Question q) {
        return items.stream()
                .filter(i -> i.id().equals(q.id()))
                .findFirst()
                .map(QuizItem::passage)
                .orElse("");
    }

    private static String question(int n, Question q, String passage) {
        var sb = new StringBuilder("### %d. %s%n%n".formatted(n, q.multipleChoice() ? "multiple choice" : "typed"));
        sb.append("Shown with: ").append(q.context()).append("\n\n");
        sb.append("> ").append(q.prompt().replace("\n", " ")).append("\n\n");
        for (int i = 0; i < q.options().size(); i++) {
            sb.append("  ")
                    .append((char) ('A' + i))
                    .append(") ")
                    .append(q.options().get(i))
                    .append('\n');
        }
        sb.append("\nAnswer: **").append(q.answer()).append("**");
        if (!q.aliases().isEmpty()) {
            sb.append(" (also: ").append(String.join(", ", q.aliases())).append(')');
        }
        List<String> forms = AnswerGrader.optionForms(q.answer(), q.aliases());
        if (!q.multipleChoice() && forms.size() > 1) {
            sb.append(" (either form typed alone is right: ")
                    .append(String.join(", ", forms))
                    .append(')');
        }
        if (!q.multipleChoice() && AnswerGrader.shortcut(q.answer())) {
            sb.append(" (keys may be typed as the student writes them: ctrl+c, Ctrl-C, ^C, Control C)");
        }
        List<String> parts = AnswerGrader.parts(q.answer());
        if (!q.multipleChoice() && parts.size() == 2) {
            sb.append(" (either part typed alone is right: ")
                    .append(String.join(", ", parts))
                    .append(')');
        } else if (!q.multipleChoice() && parts.size() == 1) {
            sb.append(" (the part before the parenthesis alone is right: ")
                    .append(parts.get(0))
                    .append("; the parenthesis explains it)");
        }
        sb.append("\n\nSource: ").append(q.citation()).append("\n\nPassage: ");
        String p = passage.replace("\n", " ");
        String shown = p.length() > 600 ? p.substring(0, 600) + "…" : p;
        sb.append(shown).append("\n\n");
        String quote = q.quote().replace("\n", " ").strip();
        if (!quote.isEmpty() && !shown.contains(quote)) {
            sb.append("Quoted after the answer (beyond the passage's first 600 characters): ")
                    .append(quote)
                    .append("\n\n");
        }
        sb.append("Rating: \n\n");
        return sb.toString();
    }
}
