package com.studybot.core.quiz.generate;

import com.studybot.core.common.Hashes;
import com.studybot.core.content.HeadingPaths;
import com.studybot.core.content.Note;
import com.studybot.core.content.Section;
import com.studybot.core.quiz.AnswerGrader;
import com.studybot.core.quiz.Card;
import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.QuizItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns notes into quiz items: the cards written in them (with multiple choice when the answer is a term
 * with siblings), a cloze and a multiple-choice question for every definition ("X is a …"), and a cloze for
 * key terms (bold, highlighted) used in a sentence, and multiple choice from tables (which of two to four compared
 * things a row says, which row a description or value belongs to). Every generated question is checked against its passage
 * first; what was thrown away is counted by reason.
 */
public final class QuestionGenerator {
    /**
     * The items, how many candidates (or distractors) were rejected, by reason, and a few examples of each
     * reason ("prompt → answer") and the length of every note in words (a CJK character counts as one), for the
     * audit.
     */
    public record Result(
            List<QuizItem> items,
            Map<String, Integer> rejects,
            Map<String, List<String>> rejectSamples,
            Map<String, Integer> noteWords) {
        public Result {
            items = List.copyOf(items);
            rejects = Map.copyOf(rejects);
            rejectSamples = Map.copyOf(rejectSamples);
            noteWords = Map.copyOf(noteWords);
        }

        public Result(List<QuizItem> items, Map<String, Integer> rejects) {
            this(items, rejects, Map.of(), Map.of());
        }
    }

    private final AnswerGrader grader;
    private final Translations translations;

    public QuestionGenerator(AnswerGrader grader) {
        this(grader, Translations.NONE);
    }

    /** As above, rejecting questions whose prompt or heading translates the answer (see {@link Translations}). */
    public QuestionGenerator(AnswerGrader grader, Translations translations) {
        this.grader = grader;
        this.translations = translations;
    }

    public Result generate(List<Note> allNotes, List<Card> cards) {
        List<Note> notes = allNotes.stream()
                .filter(n -> allNotes.size() == 1 || !aboutTheFolder(n))
                .map(QuestionGenerator::withoutMatter)
                .map(IntroducedTerms::withIntroduced)
                .toList();
        var definitions = new ArrayList<Definition>();
        notes.forEach(n -> definitions.addAll(DefinitionFinder.find(n)));
        var catalog = new TermCatalog(notes, definitions);
        var rejects = new Rejects();
        var run = new Run(
                catalog,
                new QuestionChecks(catalog, translations),
                new Choices(catalog, grader, rejects),
                rejects,
                translations);
        run.skipCardText(cards);
        definitions.forEach(d -> run.defined.add(d.section().headingPath() + "|" + Words.norm(d.term())));
        definitions.forEach(d -> run.sectionTerms
                .computeIfAbsent(d.section(), x -> new ArrayList<>())
                .add(d.term()));
        var items = new ArrayList<QuizItem>();
        cards.forEach(c -> items.add(run.card(c, noteOf(notes, c.file()))));
        var asked = new java.util.IdentityHashMap<Definition, QuizItem>();
        definitions.forEach(d -> run.definition(d).ifPresent(i -> {
            items.add(i);
            asked.put(d, i);
        }));
        definitions.forEach(
                d -> run.meaning(d, Optional.ofNullable(asked.get(d))).ifPresent(items::add));
        var trueFalse = run.trueFalse;
        var comparisons = new Comparisons(grader, run::fit, trueFalse::add, rejects);
        var rows = new TableRows(grader, run::fit, trueFalse::add);
        var limits = new Limits(notes, trueFalse::add);
        var acronyms = new Acronyms(notes);
        for (Note n : notes) {
            for (Section s : n.sections()) {
                items.addAll(run.keyTermClozes(n, s, definitions));
                items.addAll(comparisons.of(n, s));
                items.addAll(rows.of(n, s));
                items.addAll(limits.of(n, s));
            }
        }
        var answered = new HashSet<String>();
        items.stream()
                .flatMap(i -> java.util.stream.Stream.concat(i.typed().stream(), i.choice().stream()))
                .forEach(q -> {
                    answered.add(Acronyms.named(q.answer()));
                    q.aliases().forEach(a -> answered.add(Acronyms.named(a)));
                });
        items.addAll(acronyms.all(notes, answered, rejects));
        items.replaceAll(run::relabelled);
        var expansions = Acronyms.expansions(notes);
        var abbreviations = Acronyms.abbreviations(notes);
        items.replaceAll(i -> Aliases.withExpansions(i, expansions, abbreviations));
        var noteWords = new HashMap<String, Integer>();
        allNotes.forEach(n -> noteWords.merge(n.path(), words(n), Integer::sum));
        return new Result(trueFalse.placed(items), rejects.counts(), rejects.samples(), noteWords);
    }

    /**
     * A README at the top of the folder is about the notes (how to use them, where to buy the book, a table of
     * contents), not notes to be quizzed on; one in a subfolder may be the notes themselves.
     */
    static boolean aboutTheFolder(Note n) {
        return !n.path().contains("/")
                && n.path().toLowerCase(java.util.Locale.ROOT).matches(".*readme.*\\.(?:md|markdown|txt)");
    }

    private static final java.util.regex.Pattern DEFINES = java.util.regex.Pattern.compile("^(?:An?|The)?\\s*"
            + QuestionChecks.BLANK + "(?:\\s*[:–—]| -|,? (?:is|are|was|were|means|refers to|stands for)\\b)"
            + "|\\b(?:called|(?:we|you) call|known as|referred to as|named|[Dd]efine) (?:an? |a\\(n\\) |the )?"
            + QuestionChecks.BLANK);

    /** A term written in lower case only: a common noun of the field ("variance", "word embeddings"), no name. */
    private static final java.util.regex.Pattern COMMON_NOUN = java.util.regex.Pattern.compile("[\\p{Ll} -]+");

    /**
     * A description that opens with a number: it gives a setting's value, not what the thing is ("10^-8 is
     * recommended by default", epsilon's): neither asked nor offered as another thing's description.
     */
    static final java.util.regex.Pattern VALUE = java.util.regex.Pattern.compile("[\\d.,^eE+-]*\\d[\\d.,^eE+-]*\\s.*");

    /**
     * A description that sets its thing beside others it does not name ("an algorithm that also makes …"); an
     * option that "also list[s] hidden files" adds to what its command does by default.
     */
    private static final java.util.regex.Pattern ALSO =
            java.util.regex.Pattern.compile("(?i)\\b(?:that|which|is|are|can|it)\\s+also\\b");

    /** Headings of examples. */
    private static final java.util.regex.Pattern EXAMPLES =
            java.util.regex.Pattern.compile("(?i)\\bexamples?\\b|例子|示例|举例");

    /** Headings that list qualities rather than things. */
    private static final java.util.regex.Pattern QUALITIES = java.util.regex.Pattern.compile(
            "(?i)\\b(?:benefits?|advantages?|disadvantages?|problems?|challenges?|pros|cons|drawbacks?|limitations?"
                    + "|strengths?|weaknesses?|why)\\b|优点|优势|缺点|好处|弊端");

    /** The blank as a definite subject that does something: "The _____ picks a node for each new pod". */
    private static final java.util.regex.Pattern SUBJECT =
            java.util.regex.Pattern.compile("^The " + QuestionChecks.BLANK + " \\p{Ll}+s\\b");

    private static final java.util.regex.Pattern MATTER = java.util.regex.Pattern.compile(
            "(?i)about(?: (?:me|the author|this (?:repo|repository|book|project)))?|authors?|credits?|acknowledge?ments?|"
                    + "contact|licen[cs]e|contributing|contributors?|changelog|references|further reading|resources|"
                    + "links|table of contents|contents|toc|see also|buy.*|purchase.*|关于|作者|致谢|许可|参考资料|参考文献|目录|延伸阅读|扩展阅读");

    /** The note without its sections about the notes themselves: credits, licence, links, contents. */
    static Note withoutMatter(Note n) {
        var kept = n.sections().stream()
                .filter(s -> s.headingPath().stream()
                        .noneMatch(h -> MATTER.matcher(h.strip().replaceAll("[#*:：]+$", ""))
                                .matches()))
                .toList();
        return kept.size() == n.sections().size() ? n : new Note(n.path(), n.title(), n.tags(), n.aliases(), kept);
    }

    /** Words of the note's sections, counting each CJK character as a word. */
    static int words(Note n) {
        int total = 0;
        for (Section s : n.sections()) {
            String text = s.text();
            long cjk = text.codePoints()
                    .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    .count();
            total += Words.count(text.replaceAll("\\p{IsHan}+", " ")) + (int) cjk;
        }
        return total;
    }

    private static Optional<Note> noteOf(List<Note> notes, String path) {
        return notes.stream().filter(n -> n.path().equals(path)).findFirst();
    }

    /** One generation pass: shares the catalogue, checks, prompts seen and reject counts. */
    private static final class Run {
        private final TermCatalog catalog;
        private final QuestionChecks checks;
        private final Choices choices;
        private final Rejects rejects;
        private final Set<String> prompts = new HashSet<>();
        private final Set<String> defined = new HashSet<>();
        /** The terms each section defines: the siblings a description may point to instead of its own term. */
        private final Map<Section, List<String>> sectionTerms = new java.util.IdentityHashMap<>();

        private final List<String> cardTexts = new ArrayList<>();
        private final TrueFalseItems trueFalse;
        private final Translations translations;

        Run(TermCatalog catalog, QuestionChecks checks, Choices choices, Rejects rejects, Translations translations) {
            this.catalog = catalog;
            this.checks = checks;
            this.choices = choices;
            this.rejects = rejects;
            this.translations = translations;
            this.trueFalse = new TrueFalseItems(rejects, translations);
        }

        /** The item with no heading shown above its questions that translates their answer. */
        QuizItem relabelled(QuizItem item) {
            return new QuizItem(
                    item.id(),
                    item.topics(),
                    item.typed().map(q -> withCommand(relabelled(q), item.passage())),
                    item.choice()
                            .map(q -> CommandOptions.firstForms(withCommand(relabelled(q), item.passage())))
                            .filter(q -> {
                                if (item.typed().isPresent() && Giveaways.optionInitial(q.prompt(), q.answer())) {
                                    rejects.count(Rejects.OPTION_INITIAL, q.prompt() + " → " + q.answer());
                                    return false;
                                }
                                return true;
                            }),
                    item.choiceFirst(),
                    item.passage(),
                    item.seed(),
                    item.restates());
        }

        /** A question on a command's option, with the command named when only the list's lead-in names it. */
        private static Question withCommand(Question q, String passage) {
            String option = CommandOptions.option(q.answer())
                    ? q.answer()
                    : q.options().isEmpty() ? "" : q.prompt().replaceAll("^.*“(.+)”.*$", "$1");
            if (!CommandOptions.option(option)) {
                return q;
            }
            int cut = q.quote().indexOf(option);
            String line = cut < 0 ? q.quote() : q.quote().substring(cut);
            line = line.split("\\n| - ", 2)[0]; // the option's own line of the list
            return CommandOptions.command(passage, line.length() > 30 ? line.substring(0, 30) : line)
                    .filter(c -> !q.prompt().contains(c))
                    .map(c -> new Question(
                            q.id(),
                            CommandOptions.named(q.prompt(), c),
                            q.answer(),
                            q.aliases(),
                            q.options(),
                            q.citation(),
                            q.quote(),
                            q.context()))
                    .orElse(q);
        }

        private Question relabelled(Question q) {
            String context = translations.context(q.context(), q.answer());
            return context.equals(q.context())
                    ? q
                    : new Question(
                            q.id(), q.prompt(), q.answer(), q.aliases(), q.options(), q.citation(), q.quote(), context);
        }

        /** Sentences that are cards already (cloze lines) are not asked a second time. */
        void skipCardText(List<Card> cards) {
            cards.forEach(c -> cardTexts.add(Words.norm(c.front().replace("[...]", " " + c.back() + " "))));
        }

        private boolean isCard(String clause) {
            String n = Words.norm(clause);
            return cardTexts.stream().anyMatch(t -> t.contains(n) || n.contains(t));
        }

        QuizItem card(Card c, Optional<Note> note) {
            List<String> aliases =
                    note.map(n -> Aliases.of(c.back(), n, List.of())).orElse(List.of());
            String front = asked(c.front());
            String quote = front + " → " + c.back();
            String context = Topics.context(c.file(), c.headingPath(), c.back());
            var typed = new Question(c.id(), front, c.back(), aliases, List.of(), c.citationLabel(), quote, context);
            String shown = c.back()
                    .replaceFirst("(?i)^(?:the|an?)\\s+", "")
                    .replaceAll("\\s*\\((?:[^)\\s]+\\s+){2,}[^)]*\\)", "");
            Optional<Question> choice = choices.options(
                            c.back(), shown, aliases, c.front(), c.id(), Choices.askedKind(c.front()))
                    .map(o -> new Question(c.id(), front, shown, aliases, o, c.citationLabel(), quote, context));
            var topics = Topics.of(c.file(), c.headingPath(), note);
            return new QuizItem(
                    c.id(),
                    topics,
                    Optional.of(typed),
                    choice,
                    false,
                    quote,
                    c.schedule().map(com.studybot.core.quiz.Card.Schedule::memory));
        }

        /**
         * A definition whose term labels no thing of its own: a label of several bullets (see {@link
         * #labelsSeveral}), one whose description is only a value ("epsilon: 10^-8 is recommended by default"), or
         * a bullet's label under a heading that lists qualities ("Benefits of AWS Lambda", "Six Advantages of Cloud
         * Computing", "Problems Solved by the Cloud", "优点"): "Flexible scaling: Runs from a few requests per day …",
         * "Cost Savings: Pay only for …" name a quality, and the student cannot tell which words the notes chose for
         * it. A quality written as a name (an acronym, inner capitals, digits) stays.
         */
        /**
         * "- **Networking**: Configuring VPCs, subnets, …", "Billing: Total Estimated Charge": one word naming an
         * activity (a gerund) as the label of a list line names a field of work or a category, not a thing of the
         * notes; a definition that says what it is ("Caching is a technique …") is kept.
         */
        private static boolean activityLabel(Definition d) {
            return d.term().matches("\\p{Lu}\\p{Ll}{3,}ing")
                    && java.util.regex.Pattern.compile(
                                    "^(?:[-*]|\\d+\\.)?\\s*" + java.util.regex.Pattern.quote(d.term()) + "\\s*[:：]")
                            .matcher(d.clause())
                            .find();
        }

        private static boolean labelOfNoThing(Definition d) {
            List<String> path = d.section().headingPath();
            return labelsSeveral(d)
                    || activityLabel(d)
                    || VALUE.matcher(d.predicate()).matches() // "epsilon: 10^-8 is recommended by default": a value
                    || exampleOf(d)
                    || !path.isEmpty()
                            && QUALITIES.matcher(path.get(path.size() - 1)).find()
                            && !d.term().matches(".*(?:\\p{Lu}\\p{Lu}|\\p{Ll}\\p{Lu}|\\d).*")
                            && java.util.regex.Pattern.compile("^(?:[-*]|\\d+\\.)?\\s*"
                                            + java.util.regex.Pattern.quote(d.term()) + "\\s*[:：]")
                                    .matcher(d.clause())
                                    .find();
        }

        /**
         * Under a heading of examples, a label whose description is only a name gives an example of the label
         * ("Example of Cloud Computing Types: IaaS: AWS EC2 (Elastic Compute Cloud)"), not what it is: EC2 is no
         * description of IaaS, and Public Cloud fits it as well.
         */
        private static boolean exampleOf(Definition d) {
            List<String> path = d.section().headingPath();
            String description =
                    d.predicate().replaceAll("\\s*[(（][^)）]*[)）]", "").strip();
            return !path.isEmpty()
                    && EXAMPLES.matcher(path.get(path.size() - 1)).find()
                    && !description.isEmpty()
                    && TermCatalog.name(description);
        }

        /**
         * A label that starts several bullets of its section names a series, not one thing: screenshot captions
         * ("Cost Explorer – Monthly Cost by AWS Service", "Cost Explorer – Savings Plan Alternative …"), the same
         * measure in several cases ("Train error: 1%", "Train error: 10%"), variants ("Snowball Edge – …").
         */
        private static boolean labelsSeveral(Definition d) {
            var label = java.util.regex.Pattern.compile("(?m)^\\s*(?:[-*]|\\d+\\.)?\\s*(?:\\*\\*)?"
                    + java.util.regex.Pattern.quote(d.term()) + "(?:\\*\\*)?\\s*(?:[:：–—]|\\s-\\s)");
            var m = label.matcher(d.section().text());
            int count = 0;
            while (m.find() && count < 2) {
                count++;
            }
            return count >= 2;
        }

        /**
         * A capitalised label whose own description writes it in lower case ("Latency: choose a region closest to
         * your customers for lower latency", "Security: AWS provides robust security capabilities") is a common
         * phrase made a heading of a bullet, not a name; an acronym or a name the description also capitalises
         * ("HEAD: … the HEAD pointer") is a name.
         */
        private static boolean restatedInLowerCase(String term, String description) {
            String lower = term.toLowerCase(java.util.Locale.ROOT);
            return !lower.equals(term)
                    && !term.matches(".*\\p{Lu}\\p{Lu}.*|.*\\d.*")
                    && java.util.regex.Pattern.compile(
                                    "(?<![\\p{L}\\d])" + java.util.regex.Pattern.quote(lower) + "(?![\\p{L}\\d])")
                            .matcher(description)
                            .find();
        }

        Optional<QuizItem> definition(Definition d) {
            boolean nameIt = d.clause()
                            .replaceFirst("^[-*]\\s+", "")
                            .regionMatches(
                                    true, 0, d.predicate(), 0, d.predicate().length())
                    || DefinitionFinder.code(d); // a command's line may spell it out: ask from its description
            String cloze = nameIt
                    ? QuestionChecks.nameIt(d) + tidy(d.predicate())
                    : dashAndVerb(tidy(QuestionChecks.masked(d.clause().replaceFirst("^[-*]\\s+", ""), d.term())));
            String passage = String.join("\n", d.section().headingPath()) + "\n"
                    + d.section().text();
            if (isCard(d.sentence()) || !fit(cloze, d.term(), passage)) {
                return Optional.empty();
            }
            Optional<String> sibling = QuestionChecks.siblingNamed(
                    d.predicate(), d.term(), sectionTerms.getOrDefault(d.section(), List.of()));
            if (sibling.isPresent()) {
                rejects.count(
                        Rejects.DEFINED_ALIKE,
                        cloze + " → " + d.term() + " (the description names " + sibling.get() + ")");
                return Optional.empty();
            }
            Optional<String> pair = QuestionChecks.pairedInItem(d.section().text(), d.sentence());
            if (pair.isPresent()) {
                rejects.count(
                        Rejects.DEFINED_ALIKE, cloze + " → " + d.term() + " (its line goes on: " + pair.get() + ")");
                return Optional.empty();
            }
            if (QuestionChecks.listOnly(d.predicate())
                    || QuestionChecks.listOfLists(d.section().text())) {
                rejects.count(Rejects.BARE_LIST, cloze + " → " + d.term());
                return Optional.empty();
            }
            if (labelOfNoThing(d)) {
                rejects.count(
                        Rejects.NOT_A_THING,
                        cloze + " → " + d.term() + " (labels a quality, a value or a series, no thing)");
                return Optional.empty();
            }
            if (PRAISE.matcher(d.predicate()).find()) {
                rejects.count(Rejects.VAGUE, cloze + " → " + d.term() + " (praise, no definition)");
                return Optional.empty();
            }
            if (restatedInLowerCase(d.term(), d.predicate())) {
                rejects.count(
                        Rejects.NOT_A_THING,
                        cloze + " → " + d.term() + " (its own description writes it in lower case)");
                return Optional.empty();
            }
            Optional<CatalogTerm> twin =
                    catalog.definedAlike(d.term(), d.gist()).or(() -> catalog.sameClass(d.term(), d.predicate()));
            if (twin.isPresent()) {
                rejects.count(
                        Rejects.DEFINED_ALIKE,
                        cloze + " → " + d.term() + " (and " + twin.get().name() + ")");
                return Optional.empty();
            }
            String id = id(d.note().path(), d.term(), d.clause());
            List<String> aliases = Aliases.of(d.term(), d.note(), d.section().headingPath());
            String citation = citation(d.note().path(), d.section().headingPath());
            String context = Topics.context(
                    d.note().path(),
                    Topics.withoutSiblings(
                            d.section().headingPath(), sectionTerms.getOrDefault(d.section(), List.of()), d.term()),
                    d.term());
            String quote = quote(d.section(), d.sentence());
            var typed = new Question(id, cloze, d.term(), aliases, List.of(), citation, quote, context);
            String mcPrompt = choicePrompt(d);
            Optional<Question> choice = Optional.empty();
            if (fit(mcPrompt, d.term(), passage)) {
                choice = choices.options(d, aliases, passage, id)
                        .map(o -> new Question(id, mcPrompt, d.term(), aliases, o, citation, quote, context));
            }
            var topics = Topics.of(d.note().path(), d.section().headingPath(), Optional.of(d.note()));
            return Optional.of(new QuizItem(id, topics, Optional.of(typed), choice, (id.hashCode() & 1) == 0, passage));
        }

        /**
         * "What is AWS Fargate?" with its definition among three definitions of its siblings, and its claim for a
         * true/false statement (sharing the fact of {@code definition}, the item asking it the other way).
         */
        Optional<QuizItem> meaning(Definition d, Optional<QuizItem> definition) {
            if (labelOfNoThing(d)
                    || PRAISE.matcher(d.predicate()).find()
                    || QuestionChecks.listOnly(d.predicate())
                    || QuestionChecks.listOfLists(d.section().text())) {
                return Optional.empty(); // counted where its cloze was refused
            }
            String prompt = Words.chinese(d.predicate())
                    ? "下列哪一项是对“" + d.term() + "”的描述？"
                    : DefinitionFinder.code(d)
                            ? "What does " + d.term() + " do?"
                            : "What " + d.verb() + " " + d.subject() + "?";
            String answer = d.gist();
            String id = id(d.note().path(), d.term(), d.clause()) + ":meaning";
            if (isCard(d.sentence())
                    || answer.contains(QuestionChecks.BLANK)
                    || Giveaways.han(answer, d.term())
                    || Giveaways.givesAway(answer, d.term())
                    || Giveaways.capitalOption(answer, d.term()) // "-P" and "… Perl-compatible …"
                    || Labels.personal(answer)
                    || ALSO.matcher(answer).find() // "an algorithm that also makes an object detection": one of several
                    || !Words.balanced(answer)
                    || QuestionChecks.garbled(answer)
                    || QuestionChecks.fragment(answer)
                    || cutShort(d.sentence(), answer)
                    || answer.matches("(?s).*[:：]$") // "a managed service:" leads into a list
                    || answer.matches("(?i)^the\\s+same\\b.*") // "the same for MongoDB": as the thing before
                    || Words.length(answer) > 40) {
                return Optional.empty();
            }
            Optional<List<String>> options = choices.meanings(d, answer, id);
            if (options.isEmpty()) {
                return Optional.empty();
            }
            if (translations.givesAway(d.term(), answer)) { // 可实现网页搜索 for "what is web-search?"
                rejects.count(Rejects.GIVEN_AWAY_TRANSLATED, prompt + " → " + answer);
                return Optional.empty();
            }
            String citation = citation(d.note().path(), d.section().headingPath());
            // "An orchestration tool …" among "a public online repository …": the one capital gives it away
            List<String> shown = options.get().stream().map(Choices::plainStart).toList();
            boolean distinct = new HashSet<>(shown).size() == shown.size();
            var q = new Question(
                    id,
                    prompt,
                    distinct ? Choices.plainStart(answer) : answer,
                    List.of(),
                    distinct ? shown : options.get(),
                    citation,
                    quote(d.section(), d.sentence()),
                    citation);
            var topics = Topics.of(d.note().path(), d.section().headingPath(), Optional.of(d.note()));
            var item = new QuizItem(
                    id,
                    topics,
                    Optional.empty(),
                    Optional.of(q),
                    true,
                    d.section().text());
            trueFalse.add(DefinitionClaims.of(
                    d, answer, item, catalog.find(d), choices.meaningSiblings(d, answer), definition));
            return Optional.of(item);
        }

        /**
         * A description cut where its sentence goes on with "which" ("Serverless is a new paradigm in which the
         * developers don't have to manage servers" gave "a new paradigm in") or inside a hyphenated word ("businesses
         * that keep an on" of "an on - premises infrastructure").
         */
        private static boolean cutShort(String sentence, String description) {
            int at = sentence.indexOf(description);
            if (at < 0) {
                return false;
            }
            String rest = sentence.substring(at + description.length());
            return rest.matches("(?s)(?:\\s*,?\\s*(?:which|whom|whose)\\b|-\\p{L}).*")
                    // "an on - premises infrastructure": a hyphen written apart after a short word
                    || (description.matches("(?s).*\\b\\p{L}{1,3}$") && rest.matches("(?s)\\s*[-–]\\s*\\p{Ll}.*"));
        }

        List<QuizItem> keyTermClozes(Note n, Section s, List<Definition> definitions) {
            var out = new ArrayList<QuizItem>();
            var used = new HashSet<String>();
            definitions.stream().filter(d -> d.section() == s).forEach(d -> used.add(d.clause()));
            List<Clause> clauses = Clause.of(s.text());
            List<String> introduced = IntroducedTerms.of(s.text()); // the author names them: things of the notes
            boolean labelOfAList = QuestionChecks.listOfLists(s.text());
            for (String term : s.keyTerms()) {
                if (defined.contains(s.headingPath() + "|" + Words.norm(term))) {
                    continue; // its definition here is asked already
                }
                if (!catalog.salient(term) && !introduced.contains(term) && !IntroducedTerms.glossed(term)) {
                    rejects.count(Rejects.NOT_SALIENT, term);
                    continue;
                }
                if (inExample(s.text(), term)) {
                    continue; // a word of an example sentence ("a glass of orange juice")
                }
                for (int at = 0; at < clauses.size(); at++) {
                    Clause c = clauses.get(at);
                    if (c.prose()
                            && !used.contains(c.text())
                            && Words.containsPhrase(c.text(), term)
                            && !(term.matches("\\p{Ll}+") && c.sentence().matches(".*[\"“].*[\"”].*"))
                            && !isCard(c.sentence())) {
                        String prompt = dashAndVerb(tidy(ownPart(QuestionChecks.masked(
                                withAntecedent(clauses, at, term).replaceFirst("^[-*]\\s+", ""), term))));
                        if (labelOfAList
                                && prompt.matches(java.util.regex.Pattern.quote(QuestionChecks.BLANK) + "\\s*[:：].*")) {
                            rejects.count(Rejects.BARE_LIST, prompt + " → " + term + " (a category of a list)");
                            continue;
                        }
                        if (!prompt.startsWith("The " + QuestionChecks.BLANK + ",") && fit(prompt, term, s.text())) {
                            if (DefinitionFinder.narrative(
                                    prompt.replaceFirst("^" + QuestionChecks.BLANK + "\\s*[:：]\\s*", ""))) {
                                continue; // a glossary line that tells a story: no definition, no cloze either
                            }
                            if (vague(prompt, term)) {
                                rejects.count(Rejects.VAGUE, prompt + " → " + term);
                                continue;
                            }
                            Optional<CatalogTerm> sameClass =
                                    described(prompt).flatMap(description -> catalog.sameClass(term, description));
                            if (sameClass.isPresent()) {
                                rejects.count(
                                        Rejects.DEFINED_ALIKE,
                                        prompt + " → " + term + " (and "
                                                + sameClass.get().name() + ")");
                                continue;
                            }
                            if (subjectless(prompt, s) || headlessFragment(prompt, n, s, term)) {
                                rejects.count(Rejects.NO_CONTEXT, prompt + " → " + term + " (no subject)");
                                continue;
                            }
                            Optional<String> withSubject = withSubject(prompt, s);
                            if (withSubject.isPresent() && !fit(withSubject.get(), term, s.text())) {
                                continue;
                            }
                            prompt = withSubject.orElse(prompt);
                            List<String> aliases = Aliases.of(term, n, s.headingPath());
                            if (spellsAnAlias(prompt, term, aliases)) {
                                rejects.count(
                                        Rejects.GIVEN_AWAY_FORM, prompt + " → " + term + " (another of its names)");
                                continue;
                            }
                            used.add(c.text());
                            out.add(keyTermItem(n, s, term, aliases, prompt, c));
                            break;
                        }
                    }
                }
            }
            return out;
        }

        /** "_____ – An orchestration tool for …", "_____ is a …": what the cloze says its blank is. */
        private static Optional<String> described(String prompt) {
            var m = DESCRIBED.matcher(prompt);
            return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
        }

        private static final java.util.regex.Pattern DESCRIBED = java.util.regex.Pattern.compile(
                "^" + java.util.regex.Pattern.quote(QuestionChecks.BLANK) + "\\s*(?:[–—:-]|is|are)\\s+(.+)$");

        /**
         * The prompt says another name the answer is accepted as, or that name's stems: "… moving infrequently accessed
         * files to _____." for EFS-IA, accepted as "EFS Infrequent Access (EFS-IA)" (clf, rated BROKEN).
         */
        private static boolean spellsAnAlias(String prompt, String term, List<String> aliases) {
            return aliases.stream()
                    .filter(a -> !Words.norm(a).equals(Words.norm(term)))
                    .anyMatch(a -> Words.containsPhrase(prompt, a) || Giveaways.givesAway(prompt, a));
        }

        /** A list line that opens with its verb: its subject is what the line hangs from. */
        private static final java.util.regex.Pattern OPENS_WITH_VERB = java.util.regex.Pattern.compile(
                "^(?:Has|Is|Are|Was|Were|Uses|Supports|Provides|Allows|Offers|Runs|Lets|Gives|Makes|Takes|Needs|"
                        + "Contains|Includes|Can|Could|Will|Works)\\b");

        /**
         * "Has 60 Million parameter compared to 60k parameter of _____." under "Classic networks": a line without
         * its subject reads as a fact of the heading shown only when that heading names one thing ("Amazon RDS" →
         * "Supports MySQL, …"); under a heading of several (plural) things, which one has it is not said.
         */
        private static boolean subjectless(String prompt, Section s) {
            return OPENS_WITH_VERB.matcher(prompt).find()
                    && DefinitionFinder.nameHeading(s)
                            .filter(h -> !DefinitionFinder.plural(h))
                            .isEmpty();
        }

        /** A list line without its subject: a verb, a participle or a noun of action opens it. */
        private static final java.util.regex.Pattern NO_SUBJECT =
                java.util.regex.Pattern.compile(OPENS_WITH_VERB.pattern()
                        + "|^(?:\\p{Lu}\\p{Ll}+ly\\s+)?\\p{Lu}?\\p{Ll}+ed\\s+(?:by|through|with|for|in|on|as|to|from|via)\\b"
                        + "|^\\p{Lu}\\p{Ll}+(?:tion|ment|ance|ence)\\s+(?:with|of|for|to)\\b");

        /**
         * A list line without its subject ("Achieved through technologies like _____ …", "Originally created by
         * Google and now maintained by the _____.") read with the heading's one thing as its subject: "Horizontal
         * Scalability: achieved through technologies like _____ …". Blind reviews rated the bare line WEAK: only the
         * heading shown above it said what it was about.
         */
        private static Optional<String> withSubject(String prompt, Section s) {
            if (!NO_SUBJECT.matcher(prompt).find()) {
                return Optional.empty();
            }
            return DefinitionFinder.nameHeading(s)
                    .filter(h -> !DefinitionFinder.plural(h))
                    .map(h -> h + ": " + Character.toLowerCase(prompt.charAt(0)) + prompt.substring(1));
        }

        /** "Fully managed _____ for EC2 instances …": a noun phrase with the blank as its head, no verb before it. */
        private static final java.util.regex.Pattern NOUN_PHRASE = java.util.regex.Pattern.compile(
                "^(?:[\\p{L}-]+\\s+){0,3}" + QuestionChecks.BLANK + "\\s+(?:for|of|that|which|with|to|in|on)\\b");

        /**
         * A list line that is a noun phrase saying what the section's thing is ("- Fully managed NFS for EC2 instances
         * …" under "EFS: Elastic File System") when that heading is not shown (it would give the answer away): the
         * line's subject is gone, and the heading's thing fits the blank as well (rated BROKEN: EFS fits).
         */
        private static boolean headlessFragment(String prompt, Note n, Section s, String term) {
            List<String> path = s.headingPath();
            if (path.isEmpty() || !NOUN_PHRASE.matcher(prompt).find()) {
                return false;
            }
            String last = path.get(path.size() - 1);
            return !Topics.context(n.path(), path, term).contains(last);
        }

        /** "This is a process we call orthogonalization.", "This is called overfitting.": a name given to "this". */
        private static final java.util.regex.Pattern NAMES_THIS = java.util.regex.Pattern.compile(
                "(?i)^(?:this|that|it)\\s+(?:is|was)\\s+(?:(?:also\\s+)?(?:called|known as|referred to as)\\b|"
                        + "(?:an?|the)\\s+[\\w-]+(?:\\s+[\\w-]+)?\\s+(?:we|you)\\s+call\\b)");

        /**
         * The clause, after the sentence before it on the same line when it names what that sentence said ("Some
         * developers know exactly what hyperparameter to tune to achieve one effect. This is a process we call
         * orthogonalization."): the name is asked with what it names, which the student can then see.
         */
        private static String withAntecedent(List<Clause> clauses, int at, String term) {
            Clause c = clauses.get(at);
            if (at == 0
                    || c.startsLine()
                    || !NAMES_THIS.matcher(c.text()).find()
                    || !IntroducedTerms.of(c.text()).contains(term)) {
                return c.text();
            }
            Clause before = clauses.get(at - 1);
            boolean sameSentenceRun = before.prose() && !before.sentence().equals(c.sentence());
            return sameSentenceRun && Words.length(before.text()) <= 30 ? before.text() + " " + c.text() : c.text();
        }

        /**
         * An English cloze that neither defines its blank ("_____ is …", "called _____", "Define _____ as …") nor
         * names another thing of the notes: nothing in it picks the expected answer out of the notes' others. A
         * common noun of the field ("variance", "pair", "similarity function") must be defined, or be the subject
         * that acts ("The _____ picks a node …"): naming other things around it ("_____ helps us solving the one
         * shot learning") leaves several answers.
         */
        /**
         * "_____ is a powerful feature for automating the setup of EC2 instances": praise and a generic noun say
         * what the notes think of it, not what it is; launch templates or AMIs fit as well.
         */
        private static final java.util.regex.Pattern PRAISE = java.util.regex.Pattern.compile("(?i)^(?:"
                + QuestionChecks.BLANK
                + " (?:is|are) )?(?:an? |the )?(?:very |really |extremely )?(?:powerful|great|useful|handy|nice|"
                + "important|key|cool|neat|helpful|valuable|essential|convenient) (?:feature|tool|way|service|option|"
                + "concept|thing|method|technique|capability|functionality|addition|part)s?\\b");

        /**
         * "A unique component of Kubernetes are _____.", "One of the features of Docker is _____.": the blank is one
         * member of a class the prompt names, said of no member in particular; every other member fits it too.
         */
        private static final java.util.regex.Pattern ONE_OF_A_CLASS = java.util.regex.Pattern.compile("(?i)^(?:an?|one"
                + "(?: of the)?|another)\\s+(?:\\w+\\s+)?(?:components?|parts?|features?|elements?|concepts?|examples?|"
                + "types?|kinds?|pieces?|building blocks?|objects?|resources?|tools?|services?)\\s+of\\s+[^,;:]{1,40}?\\s+"
                + "(?:is|are|was|were|includes?)\\s+(?:an?\\s+|the\\s+)?"
                + QuestionChecks.BLANK
                + "\\s*[.!]?$");

        private boolean vague(String prompt, String term) {
            if (PRAISE.matcher(prompt).find() || ONE_OF_A_CLASS.matcher(prompt).find()) {
                return true;
            }
            return !Words.chinese(prompt)
                    && !DEFINES.matcher(prompt).find()
                    && ((COMMON_NOUN.matcher(term).matches()
                                    && !SUBJECT.matcher(prompt).find())
                            || !catalog.namesAThing(prompt));
        }

        private QuizItem keyTermItem(Note n, Section s, String term, List<String> aliases, String prompt, Clause c) {
            return typedItem(
                    id(n.path(), term, c.text()),
                    n,
                    s,
                    prompt,
                    term,
                    aliases,
                    quote(s, c.sentence()),
                    Topics.context(n.path(), s.headingPath(), term));
        }

        boolean fit(String prompt, String answer, String passage) {
            Optional<String> problem = checks.problem(prompt, answer, passage);
            if (problem.isEmpty() && !prompts.add(Words.norm(prompt))) {
                problem = Optional.of(Rejects.DUPLICATE);
            }
            problem.ifPresent(p -> rejects.count(p, prompt + " → " + answer));
            return problem.isEmpty();
        }
    }

    /**
     * Whether {@code term} stands in an example rather than a statement: inside a quoted sentence ("I want a
     * glass of orange juice") or named as a word ("the word orange").
     */
    static boolean inExample(String sentence, String term) {
        String t = java.util.regex.Pattern.quote(term);
        return java.util.regex.Pattern.compile(
                        "[\"“][^\"“”]*" + t + "[^\"“”]*[\"”]|\\bwords?\\s+" + t + "\\b|\\b" + t + "\\s+words?\\b",
                        java.util.regex.Pattern.CASE_INSENSITIVE)
                .matcher(sentence)
                .find();
    }

    /** A card's front that asks a question without saying so gets its question mark: "Which service runs …?" */
    /** An item asked typed only, about {@code s} of {@code n}. */
    static QuizItem typedItem(
            String id,
            Note n,
            Section s,
            String prompt,
            String answer,
            List<String> aliases,
            String quote,
            String context) {
        var q = new Question(
                id, prompt, answer, aliases, List.of(), citation(n.path(), s.headingPath()), quote, context);
        return new QuizItem(
                id,
                Topics.of(n.path(), s.headingPath(), Optional.of(n)),
                Optional.of(q),
                Optional.empty(),
                false,
                s.text());
    }

    static String asked(String front) {
        String f = front.strip();
        boolean question = f.matches("(?is)^(?:what|which|who|whom|whose|how|why|when|where|is|are|does|do|did|can|"
                + "could|should|will|would|name)\\b.*");
        return question && !f.matches("(?s).*[?？.!:：)\\]]$") && !f.contains("\n") ? f + "?" : front;
    }

    /** The sentence, and the next one of its section when the sentence alone is short. */
    static String quote(Section section, String sentence) {
        List<String> sentences = com.studybot.core.content.Sentences.split(section.text());
        int at = sentences.indexOf(sentence);
        if (at >= 0 && at + 1 < sentences.size() && Words.count(sentence) < 20) {
            return sentence + " " + sentences.get(at + 1);
        }
        return sentence;
    }

    /**
     * "Which of these is a monitoring service …?" when the notes say what it is; for a label's description that
     * is no noun phrase ("Provision computing resources as needed"): "Which of these is described as “…”?".
     */
    static String choicePrompt(Definition d) {
        String p = d.shortPredicate().strip();
        if (p.matches("(?i)^(?:an?|the|its|their|[\\p{L}\\p{N}.-]+['’]s)\\s.*")) {
            return "Which of these " + d.verb() + " " + lowerArticle(p) + "?";
        }
        if (p.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return "下列哪一项符合这段描述：“" + p.replaceAll("[。.；;，,]+$", "") + "”？";
        }
        String quoted = Character.isUpperCase(p.codePointAt(0)) && !p.matches("^\\p{Lu}[\\p{Lu}\\d]+\\b.*")
                ? Character.toLowerCase(p.charAt(0)) + p.substring(1)
                : p;
        return "Which of these " + d.verb() + " described as “" + quoted.replaceAll("[.;,]+$", "") + "”?";
    }

    /** "A monitoring service" → "a monitoring service", so it reads inside a question. */
    static String lowerArticle(String phrase) {
        return phrase.matches("^(?:A|An|The)\\s.*")
                ? Character.toLowerCase(phrase.charAt(0)) + phrase.substring(1)
                : phrase;
    }

    /** A clause as a sentence: capitalised, ending in a full stop. */
    /**
     * A Chinese sentence listing several things, one per "；"-part ("它通过 ACID 四个特性来保证数据的可靠性：_____ 确保…；
     * 一致性（Consistency） 确保…；隔离性…"): the blank's own part, after the lead-in that says what the list is.
     */
    static String ownPart(String prompt) {
        if (!prompt.contains("；") || !Words.chinese(prompt)) {
            return prompt;
        }
        int colon = prompt.indexOf('：');
        int blank = prompt.indexOf(QuestionChecks.BLANK);
        String lead = colon >= 0 && colon < blank ? prompt.substring(0, colon + 1) : "";
        String list = prompt.substring(lead.length());
        for (String part : list.split("；")) {
            if (part.contains(QuestionChecks.BLANK)) {
                return lead + part.strip();
            }
        }
        return prompt;
    }

    private static final java.util.regex.Pattern DASH_AND_VERB = java.util.regex.Pattern.compile(
            "^" + java.util.regex.Pattern.quote(QuestionChecks.BLANK) + "\\s+[–—-]\\s+(?=(?:is|are)\\b)");

    private static final java.util.regex.Pattern DASH_AND_ARTICLE = java.util.regex.Pattern.compile(
            "^" + java.util.regex.Pattern.quote(QuestionChecks.BLANK) + "\\s+[–—-]\\s+(?=(?:a|an|the)\\s)");

    /**
     * "_____ – is a tool …" as "_____ is a tool …": the dash stood for the verb the notes wrote as well; "_____ – a
     * public online repository …" as "_____: a public online repository …", a label as the others read (the note
     * line's dash was rated WEAK).
     */
    static String dashAndVerb(String prompt) {
        String p = DASH_AND_VERB.matcher(prompt).replaceFirst(QuestionChecks.BLANK + " ");
        return DASH_AND_ARTICLE.matcher(p).replaceFirst(QuestionChecks.BLANK + ": ");
    }

    static String tidy(String clause) {
        String t = QuestionChecks.articlesMended(clause.strip()).replaceAll("[;,:；，：、]+$", "");
        if (!t.isEmpty() && Character.isLowerCase(t.codePointAt(0))) {
            t = t.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + t.substring(1);
        }
        if (t.matches(".*[.!?…)。！？）」』”]$")) {
            return t;
        }
        return t.matches(".*\\p{IsHan}$") ? t + "。" : t + ".";
    }

    static String citation(String file, List<String> headingPath) {
        return headingPath.isEmpty() ? file : file + HeadingPaths.SEPARATOR + HeadingPaths.label(headingPath);
    }

    private static String id(String file, String answer, String clause) {
        return "gen:" + Hashes.sha256(file + "\n" + answer + "\n" + clause).substring(0, 16);
    }
}
