package com.studybot.core.quiz.generate;

import com.studybot.core.quiz.AnswerGrader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Multiple-choice options: the answer and three siblings of the same kind. A sibling is dropped when the
 * passage names it (it might be right there), when it is defined just like the answer, or when the grader
 * would take it for the answer (the answer in disguise).
 */
final class Choices {
    static final int DISTRACTORS = 3;

    private final TermCatalog catalog;
    private final AnswerGrader grader;
    private final Rejects rejects;

    Choices(TermCatalog catalog, AnswerGrader grader, Rejects rejects) {
        this.catalog = catalog;
        this.grader = grader;
        this.rejects = rejects;
    }

    /** The options in a stable shuffled order, or empty (counted) when three fit siblings are not there. */
    Optional<List<String>> options(
            String answer, String shownAnswer, List<String> aliases, String passage, String seed) {
        return options(answer, shownAnswer, aliases, passage, seed, Optional.empty());
    }

    /** As above, for a question that names the kind of its answer ("Which organisation …" asks for one). */
    Optional<List<String>> options(
            String answer,
            String shownAnswer,
            List<String> aliases,
            String passage,
            String seed,
            Optional<String> askedKind) {
        return options(answer, shownAnswer, aliases, passage, passage, seed, askedKind);
    }

    /**
     * As above for a definition: no option the defining {@code clause} names, nor one its {@code section} names
     * unless the section defines it too (a glossary's neighbours stay; "Examples: MySQL, … MariaDB" under
     * "Structured Data" names things the definition fits as well).
     */
    Optional<List<String>> options(
            String answer,
            String shownAnswer,
            List<String> aliases,
            String clause,
            String section,
            String seed,
            Optional<String> askedKind) {
        return options(
                catalog.find(answer).or(() -> catalog.find(shownAnswer)),
                answer,
                shownAnswer,
                aliases,
                clause,
                section,
                seed,
                askedKind);
    }

    /** As above for definition {@code d}: its term's own entry (see {@link TermCatalog#find(Definition)}). */
    Optional<List<String>> options(Definition d, List<String> aliases, String section, String seed) {
        return options(catalog.find(d), d.term(), d.term(), aliases, d.clause(), section, seed, Optional.empty());
    }

    private Optional<List<String>> options(
            Optional<CatalogTerm> found,
            String answer,
            String shownAnswer,
            List<String> aliases,
            String clause,
            String section,
            String seed,
            Optional<String> askedKind) {
        var term = found.map(t -> askedKind.map(t::asKind).orElse(t));
        if (term.isEmpty()) {
            rejects.count(Rejects.FEW_SIBLINGS, answer + " (not in the catalogue of terms)");
            return Optional.empty();
        }
        var chosen = new ArrayList<String>();
        List<CatalogTerm> siblings =
                sameOpening(answer, catalog.siblings(term.get(), List.of(answer, shownAnswer), 12));
        for (CatalogTerm c : siblings) {
            if (chosen.size() == DISTRACTORS) {
                break;
            }
            String name = shownAnswer.contains("(") ? c.name() : TermForms.shortName(c.name());
            if (fits(c, term.get(), answer, aliases, clause, section, chosen)) {
                chosen.add(name);
            }
        }
        return withAnswer(chosen, shownAnswer, seed, Rejects.FEW_SIBLINGS);
    }

    private static final java.util.regex.Pattern CAPITAL_ARTICLE =
            java.util.regex.Pattern.compile("^(?:A|An|The)(?=\\s+\\p{Ll})");

    /** A description as an option: a leading article in lower case ("an orchestration tool …"), as the others are. */
    static String plainStart(String description) {
        var m = CAPITAL_ARTICLE.matcher(description);
        return m.find() ? m.group().toLowerCase(java.util.Locale.ROOT) + description.substring(m.end()) : description;
    }

    /**
     * Options for "what is {@code term}?": its definition {@code meaning} and the definitions of three
     * siblings, none of them written like the answer's or mentioning the term.
     */
    Optional<List<String>> meanings(Definition d, String meaning, String seed) {
        List<String> chosen = meaningSiblings(d, meaning).stream()
                .map(CatalogTerm::predicate)
                .limit(DISTRACTORS)
                .toList();
        return withAnswer(chosen, meaning, seed, Rejects.FEW_MEANINGS);
    }

    /**
     * The siblings of {@code term} whose definitions may stand beside its own ({@code meaning}), most alike first:
     * each says something, not as the answer's is written, without the term, no two written alike.
     */
    List<CatalogTerm> meaningSiblings(Definition d, String meaning) {
        String term = d.term();
        var answer = catalog.find(d);
        var chosen = new ArrayList<CatalogTerm>();
        if (answer.isPresent()) {
            boolean code = DefinitionFinder.codeKind(term)
                    .filter(answer.get().kind()::equals)
                    .isPresent();
            for (CatalogTerm c : catalog.siblings(answer.get(), List.of(term), 40, false)) {
                if (code && !c.kind().equals(answer.get().kind())) {
                    continue; // an option's meaning among options' meanings, not among commands'
                }
                String p = c.predicate();
                boolean usable = !p.isEmpty()
                        && !p.matches("(?s).*(?:[:：]|\\b(?:to|of|for|and|or|with|the|a|an))$")
                        && !p.contains(QuestionChecks.BLANK)
                        && Words.balanced(p)
                        && !QuestionChecks.garbled(p)
                        && !QuestionChecks.fragment(p)
                        && !bare(p, meaning)
                        && !QuestionGenerator.VALUE
                                .matcher(p)
                                .matches() // "10^-8 is recommended by default" (epsilon's) says a value
                        && !Words.norm(p).equals(Words.norm(meaning))
                        && !TermCatalog.alike(p, meaning)
                        && !grader.grade(p, meaning, List.of()).correct() // a few characters apart: 知乎 / 博客园
                        && !TermCatalog.ClassPhrase.alike(p, meaning) // "an orchestration tool …" beside Kubernetes's
                        && TermForms.of(term).stream().noneMatch(f -> Words.containsPhrase(p, f))
                        && chosen.stream()
                                .noneMatch(o -> Words.norm(o.predicate()).equals(Words.norm(p)));
                if (usable) {
                    chosen.add(c);
                }
            }
        }
        return List.copyOf(chosen);
    }

    /**
     * A definition that names a thing without saying anything of it ("the docker command", Docker CLI's) beside an
     * answer that does: a silly option (rated WEAK). A noun phrase of under four words ("the …", "a …") where the
     * answer has four or more, or anything under a third of the answer's length; a short description of what a
     * thing does ("Abort running program") stands.
     */
    static boolean bare(String definition, String answer) {
        int d = Words.length(definition);
        int a = Words.length(answer);
        return (d < 4 && a >= 4 && definition.strip().matches("(?i)(?:the|an?)\\s.*")) || d * 3 < a;
    }

    /**
     * The kind a question asks for: "Which organisation maintains …" → "organisation", "Which AWS service
     * runs …" → "service", "Which container engine is …" → "engine", "Which tool runs …" → "tool".
     */
    static Optional<String> askedKind(String question) {
        var m = java.util.regex.Pattern.compile("^(?i:which|what)\\s+(\\S+)(?:\\s+(\\S+))?(?:\\s+(\\S+))?")
                .matcher(question.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        var words = new ArrayList<String>();
        for (int g = 1; g <= 3; g++) {
            if (m.group(g) != null) {
                words.add(m.group(g));
            }
        }
        if (!words.isEmpty() && TermForms.VENDORS.contains(words.get(0).toLowerCase(java.util.Locale.ROOT))) {
            words.remove(0);
        }
        if (words.isEmpty() || words.get(0).matches("(?i)is|are|was|were|does|do|did|can|of")) {
            return Optional.empty();
        }
        String kind = words.get(0);
        if (words.size() > 1
                && words.get(1).matches("\\p{Ll}+")
                && !words.get(1).matches(".*s|is|can|has|do")) {
            kind = words.get(1);
        }
        return Optional.of(com.studybot.core.common.Terms.stem(Words.norm(kind)));
    }

    /**
     * The siblings that open with the answer's first Chinese character when two or more do (已暂存 among 已提交 and
     * 已修改): the notes name things of one kind alike, so 仓库 beside the three file states was of another kind
     * (rated WEAK in a blind review of the Chinese vault). Otherwise all of them.
     */
    static List<CatalogTerm> sameOpening(String answer, List<CatalogTerm> siblings) {
        String a = answer.strip();
        if (a.isEmpty() || !Character.isIdeographic(a.codePointAt(0))) {
            return siblings;
        }
        int first = a.codePointAt(0);
        List<CatalogTerm> alike = siblings.stream()
                .filter(c -> !c.name().isBlank() && c.name().strip().codePointAt(0) == first)
                .toList();
        return alike.size() >= 2 ? alike : siblings;
    }

    /** The distractors and the answer in a stable shuffled order, or empty (counted) when there are too few. */
    private Optional<List<String>> withAnswer(List<String> distractors, String answer, String seed, String reject) {
        if (distractors.size() < DISTRACTORS) {
            rejects.count(reject, answer + " (only " + distractors + ")");
            return Optional.empty();
        }
        var options = new ArrayList<>(distractors);
        options.add(answer);
        Collections.shuffle(options, new Random(seed.hashCode()));
        return Optional.of(List.copyOf(options));
    }

    /**
     * A name for a group of things, ending in a plural common noun ("NoSQL Databases", "BI tools"): no option
     * beside one thing (Redis), which it may even hold, nor the reverse.
     */
    private boolean group(String name) {
        String last = name.strip().replaceAll("\\s*\\([^)]*\\)$", "").replaceAll(".*\\s", "");
        return !name.strip().equals(last)
                && !name.contains(" -") // a command line ("ninja -t deps")
                && last.matches("\\p{L}\\p{Ll}{2,}s")
                && catalog.plainWord(last.substring(0, last.length() - 1));
    }

    /**
     * An abbreviation alone ("SSD", "R-FCN", "EC2"): among abbreviations the one written-out name ("Intersection
     * Over Union") is the answer a student picks without knowing it, and the reverse.
     */
    static boolean abbreviation(String name) {
        String bare = name.strip().replaceAll("\\s*\\([^)]*\\)$", "");
        if (!bare.matches("[\\p{Lu}\\d][\\p{L}\\d-]*")) {
            return false;
        }
        long upper = bare.chars().filter(Character::isUpperCase).count();
        long lower = bare.chars().filter(Character::isLowerCase).count();
        return upper >= 2 && lower < upper;
    }

    private static boolean namedIn(CatalogTerm c, String text) {
        return TermForms.of(c.name()).stream().anyMatch(f -> Words.containsPhrase(text, f));
    }

    /** Defined in the answer's own section: a neighbour in the same glossary. */
    private static boolean definedAlongside(CatalogTerm c, CatalogTerm answer) {
        return !c.predicate().isEmpty()
                && c.file().equals(answer.file())
                && c.headingPath().equals(answer.headingPath());
    }

    private boolean fits(
            CatalogTerm c,
            CatalogTerm answer,
            String answerText,
            List<String> aliases,
            String clause,
            String section,
            List<String> chosen) {
        var code = DefinitionFinder.codeKind(answer.name());
        if (code.isPresent() && !code.equals(DefinitionFinder.codeKind(c.name()))) {
            rejects.count(Rejects.DISTRACTOR_SHAPE, c.name() + " for " + answerText);
            return false; // a shortcut among shortcuts, an option among options
        }
        if (catalog.plainWord(answer.name()) != catalog.plainWord(c.name())
                || (TermCatalog.name(answer.name()) && !Words.capitalised(c.name()))
                || group(answer.name()) != group(c.name())
                || abbreviation(answer.name()) != abbreviation(c.name())) {
            rejects.count(Rejects.DISTRACTOR_SHAPE, c.name() + " for " + answerText);
            return false;
        }
        if (namedIn(c, clause) || (namedIn(c, section) && !definedAlongside(c, answer))) {
            rejects.count(Rejects.DISTRACTOR_IN_PASSAGE, c.name() + " for " + answerText);
            return false;
        }
        if (!c.predicate().isEmpty() && Words.norm(c.predicate()).equals(Words.norm(answer.predicate()))) {
            rejects.count(Rejects.DISTRACTOR_SAME, c.name() + " for " + answerText);
            return false;
        }
        if (grader.grade(c.name(), answerText, aliases).correct()
                || catalog.writtenAsOne(c.name(), answerText)
                || TermForms.nearlySame(c.name(), answerText)
                || chosen.stream().anyMatch(o -> TermForms.nearlySame(o, c.name()))
                || aliases.stream().anyMatch(a -> TermForms.overlap(a, c.name()))
                || chosen.stream().anyMatch(o -> TermForms.overlap(o, c.name()))) {
            rejects.count(Rejects.DISTRACTOR_SAME, c.name() + " for " + answerText);
            return false;
        }
        return true;
    }
}
