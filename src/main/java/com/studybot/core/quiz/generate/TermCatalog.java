package com.studybot.core.quiz.generate;

import com.studybot.core.common.Scripts;
import com.studybot.core.common.Terms;
import com.studybot.core.content.Note;
import com.studybot.core.content.Section;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every term of the notes (defined terms, key terms, name-like headings), one entry per thing however it is
 * written, and how many notes use each word: the pool distractors are drawn from.
 */
final class TermCatalog {
    private final List<CatalogTerm> terms = new ArrayList<>();
    private final Map<String, Integer> filesPerWord = new HashMap<>();
    private final Map<String, Integer> capitalisedMidSentence = new HashMap<>();
    private final Map<String, Integer> lowerCase = new HashMap<>();
    private final int files;
    private final Map<String, Set<String>> forms = new HashMap<>();

    TermCatalog(List<Note> notes, List<Definition> definitions) {
        this.files = notes.size();
        definitions.forEach(d -> add(d.term(), d.kind(), d.note().path(), d.section(), d.gist()));
        for (Note n : notes) {
            for (Section s : n.sections()) {
                s.keyTerms().stream()
                        .filter(k -> n.aliases().stream().noneMatch(k::equalsIgnoreCase)) // "K8s" is Kubernetes
                        .filter(k -> !QuestionGenerator.inExample(s.text(), k)) // "Teddy" of an example sentence
                        .forEach(k -> add(k, "", n.path(), s, ""));
                collectAliases(s.text());
            }
            countWords(n);
        }
        terms.forEach(t -> names.add(" " + Words.norm(t.name()) + " "));
        terms.stream()
                .filter(t -> Terms.of(t.predicate()).size() >= 3)
                .forEach(t -> described.put(t, allWords(t.predicate())));
        terms.forEach(t -> ClassPhrase.of(t.predicate()).ifPresent(c -> classes.put(t, c)));
    }

    /** Each term's name as {@link #namesAThing} looks for it: normalised, between spaces. */
    private final List<String> names = new ArrayList<>();

    /** The words of each description long enough to compare ({@link #definedAlike}), worked out once. */
    private final Map<CatalogTerm, Set<String>> described = new java.util.LinkedHashMap<>();

    private final Map<String, Set<String>> aliases = new HashMap<>();
    private static final java.util.regex.Pattern WRITTEN_AS = java.util.regex.Pattern.compile(
            "(\\p{Lu}[\\p{L}\\d.-]*(?: \\p{Lu}[\\p{L}\\d.-]*){0,4}) \\((?:or |aka |also )?(\\p{Lu}[\\p{L}\\d.-]{1,20})\\)");

    /** "Kubernetes (K8)": a name and another way the notes write it, both ways round. */
    private void collectAliases(String text) {
        var m = WRITTEN_AS.matcher(text);
        while (m.find()) {
            String a = Words.norm(m.group(1));
            String b = Words.norm(m.group(2));
            aliases.computeIfAbsent(a, k -> new HashSet<>()).add(b);
            aliases.computeIfAbsent(b, k -> new HashSet<>()).add(a);
        }
    }

    /** Whether the notes write {@code a} and {@code b} as one thing anywhere ("Kubernetes (K8)"). */
    boolean writtenAsOne(String a, String b) {
        for (String x : TermForms.normalised(a)) {
            for (String y : TermForms.normalised(b)) {
                if (aliases.getOrDefault(x, Set.of()).contains(y)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void add(String name, String kind, String file, Section section, String predicate) {
        if (Words.count(name) == 0
                || Words.count(name) > 6
                || !NamedThings.isThing(name)
                || terms.stream().anyMatch(t -> t.file().equals(file) && overlap(t.name(), name))) {
            return; // one entry per name and note: another note's thing of the same name is another thing
        }
        terms.add(new CatalogTerm(name, kind, TermForms.family(name), file, section.headingPath(), predicate));
    }

    /** Every word capitalised, at least two words: "Amazon CloudWatch", not "Scaling" or "Worker nodes". */
    static boolean properName(String heading) {
        String[] words = heading.strip().split("\\s+");
        return words.length >= 2 && java.util.Arrays.stream(words).allMatch(Words::capitalised);
    }

    private final List<String> sectionTexts = new ArrayList<>();
    private final Set<String> headingWords = new HashSet<>();
    private final Set<String> headingPhrases = new HashSet<>();

    private static final java.util.regex.Pattern WRITTEN_AS_NAME = java.util.regex.Pattern.compile(
            // an acronym, an inner capital, letters with digits ("CNN", "ImageNet", "ResNet-50", "EC2")
            "\\b(?:\\p{Lu}{2,}|\\p{L}*\\p{Ll}\\p{Lu}|\\p{L}+-?\\d|\\d+\\p{L})[\\p{L}\\d-]*"
                    // or a capitalised word inside a sentence ("by Google", "Sergey Ioffe", "Faster R-CNN")
                    + "|(?<=[\\p{Ll}\\d,;] )\\p{Lu}[\\p{L}\\d-]*");

    /**
     * Whether {@code text} names a thing of the notes: a term of this catalogue, a heading of up to four words (a
     * one-word heading by its stem: "pod" for "Pods"), or a word written as a name. A cloze that names none and does not define its blank ("_____ works much faster in the
     * large datasets", "In practice people don't bother implementing _____.") fits several answers.
     */
    boolean namesAThing(String text) {
        String plain = text.replace(QuestionChecks.BLANK, " ");
        if (WRITTEN_AS_NAME.matcher(plain).find()) {
            return true;
        }
        String words = Words.norm(plain);
        String norm = " " + words + " ";
        boolean headingWord = java.util.Arrays.stream(words.split(" "))
                .anyMatch(w -> !w.isEmpty() && headingPhrases.contains(Terms.stem(w)));
        return headingWord
                || headingPhrases.stream().anyMatch(h -> norm.contains(" " + h + " "))
                || names.stream().anyMatch(norm::contains);
    }

    /**
     * Whether the notes treat {@code term} as a thing of their own: a name (acronym, capitals, digits), a term in
     * a heading, or one that more than one section mentions. A word marked once in an example ("Teddy",
     * "president") is not.
     */
    boolean salient(String term) {
        String norm = Words.norm(term);
        String[] words = norm.split(" ");
        boolean inHeadings = java.util.Arrays.stream(words).allMatch(w -> headingWords.contains(Terms.stem(w)));
        if (inHeadings || find(term).filter(t -> !t.predicate().isEmpty()).isPresent()) {
            return true;
        }
        if (name(term)) {
            return true; // "Cluster Autoscaler", "EC2": written as a name
        }
        // a plain word marked in an example sentence ("president", "pair") is not a term of the notes; one they
        // come back to in three passages is
        int passages = words.length == 1 ? 3 : 2;
        String p = " " + norm + " ";
        return sectionTexts.stream().filter(t -> t.contains(p)).limit(passages).count() >= passages;
    }

    private void countWords(Note n) {
        Set<String> seen = new HashSet<>();
        for (Section s : n.sections()) {
            sectionTexts.add(" " + Words.norm(s.text()) + " ");
            s.headingPath().forEach(h -> {
                for (String w : Words.norm(h).split(" ")) {
                    headingWords.add(Terms.stem(w));
                }
                int words = Words.count(h);
                if (words == 1) {
                    headingPhrases.add(Terms.stem(Words.norm(h)));
                } else if (words <= 4) {
                    headingPhrases.add(Words.norm(h));
                }
            });
            seen.addAll(List.of(Words.norm(s.text()).split(" ")));
            var m = MID_SENTENCE.matcher(s.text());
            while (m.find()) {
                String w = m.group(1);
                (Character.isUpperCase(w.codePointAt(0)) ? capitalisedMidSentence : lowerCase)
                        .merge(Terms.stem(w.toLowerCase(java.util.Locale.ROOT)), 1, Integer::sum);
            }
        }
        seen.forEach(w -> filesPerWord.merge(w, 1, Integer::sum));
    }

    private static final java.util.regex.Pattern MID_SENTENCE =
            java.util.regex.Pattern.compile("(?<=[\\p{Ll},] )([\\p{L}][\\p{L}\\d-]*)");

    /**
     * Another thing of the notes defined in the same words as {@code term} is by {@code predicate}, one definition
     * holding every word of the other ("Dynamic Scaling: Automatically adjusts the number of instances based on demand
     * (e.g., CPU usage)" and, in another note, "Auto Scaling: Automatically adjusting the number of instances based
     * on demand"): either name answers the shorter description. Small words count, so "traffic allowed into your
     * instances" and "… out from your instances" stay apart, and so does a short description inside a long one of
     * another thing; what stands in parentheses does not count.
     */
    Optional<CatalogTerm> definedAlike(String term, String predicate) {
        if (Terms.of(predicate).size() < 3) {
            return Optional.empty();
        }
        Set<String> words = allWords(predicate);
        return described.entrySet().stream()
                .filter(e -> alike(e.getValue(), words))
                .map(Map.Entry::getKey)
                .filter(t -> !overlap(t.name(), term) && !writtenAsOne(t.name(), term))
                .findFirst();
    }

    /**
     * Another thing of the notes said to be of the same class: "Docker Swarm – An orchestration tool for managing …"
     * and "Kubernetes is an open-source container orchestration system for …". Each description opens with the
     * class it puts its thing in (an article, some modifiers, a head such as tool, system or service, up to "for",
     * "that", "of" …); when both heads are such general nouns and one's modifiers are all among the other's
     * ("orchestration" in "open-source container orchestration"), a student who knows the field names either.
     */
    Optional<CatalogTerm> sameClass(String term, String predicate) {
        Optional<ClassPhrase> mine = ClassPhrase.of(predicate);
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        return classes.entrySet().stream()
                .filter(e -> e.getValue().sameClassAs(mine.get()))
                .map(Map.Entry::getKey)
                .filter(t -> !overlap(t.name(), term) && !writtenAsOne(t.name(), term))
                .findFirst();
    }

    /** The class each description opens with ({@link #sameClass}), worked out once. */
    private final Map<CatalogTerm, ClassPhrase> classes = new java.util.LinkedHashMap<>();

    /**
     * The class a description opens with, its modifiers by stem (its head is one of a few general nouns), and the
     * content words it goes on with.
     */
    record ClassPhrase(Set<String> modifiers, Set<String> rest) {
        private static final java.util.regex.Pattern OPENING = java.util.regex.Pattern.compile(
                "(?i)^(?:(?:is|are)\\s+)?(?:an?|the)\\s+([\\p{L}\\d/ -]{2,60}?)\\s+(tool|system|platform|service|engine|"
                        + "framework|solution|software|application|program|utility)s?(?=\\s+(?:for|that|which|to|of|used|"
                        + "designed|built|with|in|on|from|by)\\b|\\s*[,.;:(]|\\s*$)");
        /** Words that say how good or how built a thing is, not what it is. */
        private static final Set<String> GENERAL = Set.of(
                "open",
                "source",
                "open-source",
                "fully",
                "managed",
                "free",
                "popular",
                "powerful",
                "simple",
                "new",
                "lightweight",
                "modern",
                "scalable",
                "secure",
                "serverless",
                "cloud",
                "based",
                "cloud-based",
                "high",
                "performance",
                "highly",
                "available",
                "distributed",
                "flexible",
                "easy",
                "fast",
                "reliable");

        static Optional<ClassPhrase> of(String description) {
            var m = OPENING.matcher(description.strip());
            if (!m.find()) {
                return Optional.empty();
            }
            var modifiers = new HashSet<String>();
            for (String w : Words.norm(m.group(1)).split(" ")) {
                if (!w.isEmpty() && !GENERAL.contains(w)) {
                    modifiers.add(Terms.stem(w));
                }
            }
            return modifiers.isEmpty()
                    ? Optional.empty()
                    : Optional.of(new ClassPhrase(
                            Set.copyOf(modifiers), Set.copyOf(Terms.of(description.substring(m.end())))));
        }

        /** Whether descriptions {@code a} and {@code b} put their things in one class ({@link #sameClassAs}). */
        static boolean alike(String a, String b) {
            var x = of(a);
            var y = of(b);
            return x.isPresent() && y.isPresent() && x.get().sameClassAs(y.get());
        }

        /**
         * One class holds the other's modifiers, and what each says after its class is mostly said by the other too
         * (managing deployed containers, automating deployment … of containers): a description that goes on to set
         * its thing apart ("… that is OCI-compliant and a drop-in replacement for Docker") stays.
         */
        boolean sameClassAs(ClassPhrase other) {
            boolean nested = other.modifiers.containsAll(modifiers) || modifiers.containsAll(other.modifiers);
            return nested && (sharedRest(rest, other.rest) || sharedRest(other.rest, rest));
        }

        private static boolean sharedRest(Set<String> mine, Set<String> theirs) {
            long shared = mine.stream()
                    .filter(w -> theirs.stream().anyMatch(t -> t.equals(w) || t.startsWith(w) || w.startsWith(t)))
                    .count();
            return !mine.isEmpty() && shared * 2 >= mine.size();
        }
    }

    /** Whether one description holds every word of the other, which is not much shorter (see {@link #definedAlike}). */
    static boolean alike(String a, String b) {
        return alike(allWords(a), allWords(b));
    }

    private static boolean alike(Set<String> x, Set<String> y) {
        Set<String> shorter = x.size() < y.size() ? x : y;
        Set<String> longer = shorter == x ? y : x;
        return !shorter.isEmpty() && longer.containsAll(shorter) && shorter.size() >= 0.6 * longer.size();
    }

    /** Every word of {@code text}, small ones too, each by its stem (CJK text by its characters). */
    private static Set<String> allWords(String text) {
        var out = new HashSet<String>();
        for (String w : Words.norm(text.replaceAll("\\([^)]*\\)", " ")).split(" ")) {
            if (w.isEmpty()) {
                continue;
            }
            if (Scripts.containsCjk(w)) {
                w.codePoints().forEach(c -> out.add(new String(Character.toChars(c))));
            } else {
                out.add(Terms.stem(w));
            }
        }
        return out;
    }

    /** The catalogue entry written like {@code name} ("Amazon ECS" finds "Amazon Elastic Container Service (ECS)"). */
    Optional<CatalogTerm> find(String name) {
        return terms.stream().filter(t -> overlap(t.name(), name)).findFirst();
    }

    /**
     * The entry of {@code d}'s term: where two things share a name ("USER", a Dockerfile instruction, and "用户（user）"
     * of a database note), the one in {@code d}'s note and section, then in its note, then any.
     */
    Optional<CatalogTerm> find(Definition d) {
        String file = d.note().path();
        Optional<CatalogTerm> here = terms.stream()
                .filter(t -> t.file().equals(file) && overlap(t.name(), d.term()))
                .min(Comparator.comparingInt(
                        t -> t.headingPath().equals(d.section().headingPath()) ? 0 : 1));
        return here.or(() -> find(d.term()));
    }

    /** {@link TermForms#overlap}, with each name's forms worked out once. */
    boolean overlap(String a, String b) {
        Set<String> fa = forms.computeIfAbsent(a, TermForms::normalised);
        for (String f : forms.computeIfAbsent(b, TermForms::normalised)) {
            if (fa.contains(f)) {
                return true;
            }
        }
        return false;
    }

    /** A single lower-case word that more than half of several notes use ("service") is no answer to ask for. */
    boolean generic(String answer) {
        String n = Words.norm(answer);
        return files >= 4
                && !n.contains(" ")
                && !Words.capitalised(answer)
                && filesPerWord.getOrDefault(n, 0) * 2 > files;
    }

    /**
     * Up to {@code count} terms of the same kind as {@code answer}, most alike first: the same vendor or
     * family, the same head noun, siblings under one heading, the same folder, written alike. Terms written
     * like the answer are never among them.
     */
    List<CatalogTerm> siblings(CatalogTerm answer, Collection<String> exclude, int count) {
        return siblings(answer, exclude, count, true);
    }

    /** As {@link #siblings(CatalogTerm, Collection, int)}; {@code shownByName} false when only their definitions are shown. */
    List<CatalogTerm> siblings(CatalogTerm answer, Collection<String> exclude, int count, boolean shownByName) {
        record Scored(CatalogTerm term, double score, String tieBreak) {}
        return terms.stream()
                .filter(c -> kin(answer, c) >= 2)
                .filter(c -> !overlap(c.name(), answer.name()))
                .filter(c -> exclude.stream().noneMatch(e -> overlap(c.name(), e)))
                .filter(c -> !shownByName
                        || sameList(answer, c)
                        || (alike(answer, c) && !kindsClash(answer, c) && !strayBesideAKind(answer, c)))
                .map(c -> new Scored(
                        c,
                        score(answer, c, shownByName),
                        Integer.toHexString((answer.name() + "|" + c.name()).hashCode())))
                .sorted(Comparator.comparingDouble((Scored c) -> -c.score()).thenComparing(Scored::tieBreak))
                .limit(count)
                .map(Scored::term)
                .toList();
    }

    /**
     * A sibling found only by where it stands (no shared vendor or head noun) must look like the answer: written
     * with the same capitalisation, a noun rather than an adjective ("stateless", "tightly coupled"), sharing no
     * word stem with it ("Monolithic architecture" for "monolith", "Worker nodes" for "Nodes").
     */
    private boolean alike(CatalogTerm a, CatalogTerm c) {
        if (sharesStem(a.name(), c.name())) {
            return false;
        }
        boolean related = (!a.family().isEmpty() && a.family().equals(c.family()))
                || (!a.kind().isEmpty() && a.kind().equals(c.kind()));
        return related || (sameShape(a.name(), c.name()) && nounLike(c.name()));
    }

    /**
     * The answer is defined as a kind of thing ("Beam Search", an algorithm) and the candidate is known by nothing but
     * a name marked somewhere in the same long note ("Teddy" of an example, "BP", "NLP"): of no known kind, from
     * neither the answer's family nor its part of the note, it is most likely a thing of another kind.
     */
    private static boolean strayBesideAKind(CatalogTerm a, CatalogTerm c) {
        boolean sameFamily = !a.family().isEmpty() && a.family().equals(c.family());
        boolean samePart = a.file().equals(c.file())
                && (a.headingPath().equals(c.headingPath())
                        || (!a.parent().isEmpty() && a.parent().equals(c.parent())));
        return !a.kind().isEmpty() && c.kind().isEmpty() && !sameFamily && !samePart;
    }

    /**
     * Both defined in one list of one section, as a summary's "Organizations: Manage multiple AWS accounts" and
     * "Security Token Service (STS): Temporary, limited-privilege credentials …" are: the notes put them side by side,
     * whatever kind their descriptions' words suggest ("Create a user database …" makes no database of Cognito).
     */
    private static boolean sameList(CatalogTerm a, CatalogTerm c) {
        return !a.predicate().isEmpty()
                && !c.predicate().isEmpty()
                && a.file().equals(c.file())
                && a.headingPath().equals(c.headingPath())
                // a list mixing scripts mixes kinds: "config.fish" (a file) beside 自动补全 and 语法高亮 (features)
                && Words.chinese(a.name()) == Words.chinese(c.name());
    }

    /** Things of different kinds ("store", "machine") from different families don't stand in for each other. */
    private static boolean kindsClash(CatalogTerm a, CatalogTerm c) {
        boolean sameFamily = !a.family().isEmpty() && a.family().equals(c.family());
        return !a.kind().isEmpty() && !c.kind().isEmpty() && !a.kind().equals(c.kind()) && !sameFamily;
    }

    private static boolean sharesStem(String a, String b) {
        String[] as = unbranded(a);
        String[] bs = unbranded(b);
        if (as.length > 1 && bs.length > 1) {
            return false;
        }
        for (String x : as) {
            for (String y : bs) {
                int common = 0;
                while (common < Math.min(x.length(), y.length()) && x.charAt(common) == y.charAt(common)) {
                    common++;
                }
                if (common >= 5 || (common >= 3 && common >= Math.min(x.length(), y.length()) - 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String[] unbranded(String name) {
        return java.util.Arrays.stream(Words.norm(name).split(" "))
                .filter(w -> !TermForms.VENDORS.contains(w))
                .toArray(String[]::new);
    }

    /**
     * Names and common nouns don't mix ("Open Container Initiative (OCI)" among "pods"); a single word with
     * only its first letter capitalised may be either (it may just start a sentence), so it fits both.
     */
    boolean sameShape(String a, String b) {
        Boolean x = proper(a);
        Boolean y = proper(b);
        if (x == null || y == null) {
            // an undecided single word may be a name, a phrase in lower case is not: "Podman" vs "image specification"
            return !(x == null && Boolean.FALSE.equals(y) && Words.count(b) > 1)
                    && !(y == null && Boolean.FALSE.equals(x) && Words.count(a) > 1);
        }
        return x.equals(y);
    }

    /**
     * True for a name, false for a common noun, null when one cannot tell: a single capitalised word is a
     * name when the notes write it capitalised inside sentences ("Podman"; lower case in commands does not
     * count against it), a common noun when they only ever write it in lower case there ("Nodes").
     */
    private Boolean proper(String name) {
        String t = name.strip();
        if (t.matches("\\p{Lu}[\\p{Ll}\\d-]*")) {
            String w = Terms.stem(t.toLowerCase(java.util.Locale.ROOT));
            int cap = capitalisedMidSentence.getOrDefault(w, 0);
            int low = lowerCase.getOrDefault(w, 0);
            if (cap >= 2 || (cap > 0 && cap * 3 > low)) {
                return true; // names are seldom written in lower case, except in commands
            }
            return cap == 0 && low > 0 ? false : null;
        }
        return Words.capitalised(t) || t.codePoints().skip(1).anyMatch(Character::isUpperCase);
    }

    /**
     * A plain word ("Storage", "Protocol", "scalability") rather than a name: one word, no inner capitals or
     * digits, and the notes write it in lower case inside sentences at least as often as capitalised.
     */
    boolean plainWord(String name) {
        String t = name.strip();
        if (!t.matches("\\p{L}\\p{Ll}+(?:-\\p{Ll}+)*")) {
            return false;
        }
        String w = Terms.stem(t.toLowerCase(java.util.Locale.ROOT));
        return lowerCase.getOrDefault(w, 0) >= capitalisedMidSentence.getOrDefault(w, 0);
    }

    /** A name: an acronym, a mixed-case word, several capitalised words ("AWS Local Zones", "EC2", "CloudWatch"). */
    static boolean name(String term) {
        String t = term.replaceAll("\\s*\\([^)]*\\)", "").strip();
        String[] words = t.split("\\s+");
        if (words.length == 1) {
            return t.matches(".*\\p{Lu}.*\\p{Lu}.*|.*\\d.*");
        }
        return java.util.Arrays.stream(words)
                .filter(w -> !w.matches("and|of|for|the|to|&|on|in|as|a"))
                .allMatch(Words::capitalised);
    }

    private static boolean nounLike(String name) {
        String last = Words.norm(name).replaceAll(".* ", "");
        return Words.capitalised(name) || !last.matches(".*(?:less|ful|ous|ive|able|ible|ed|ic|al)");
    }

    private int kin(CatalogTerm a, CatalogTerm c) {
        int k = 0;
        // a vendor's products are kin anywhere; other names sharing a first word only within a folder
        // ("Docker Hub" and "Docker CLI", but not "API server" in the Kubernetes notes and "API gateway"), and only
        // when that word is a name the notes write capitalised, not a plain word ("Cost Savings", an advantage, and
        // "Cost Explorer", a tool)
        boolean familyCounts =
                TermForms.VENDORS.contains(a.family()) || (a.folder().equals(c.folder()) && !plainWord(a.family()));
        k += !a.family().isEmpty() && a.family().equals(c.family()) && familyCounts ? 3 : 0;
        boolean sameFile = a.file().equals(c.file());
        // Chinese definitions share one kind: they are kin only within a note
        boolean kindCounts = !a.kind().equals(DefinitionFinder.CHINESE_KIND) || sameFile;
        k += !a.kind().isEmpty() && a.kind().equals(c.kind()) && kindCounts ? 2 : 0;
        k += sameFile && a.headingPath().equals(c.headingPath()) ? 2 : 0;
        k += sameFile && !a.parent().isEmpty() && a.parent().equals(c.parent()) ? 1 : 0;
        boolean otherFamily =
                !a.family().isEmpty() && !c.family().isEmpty() && !a.family().equals(c.family());
        k += sameFile && !otherFamily ? 2 : 0;
        return k;
    }

    /**
     * How good a distractor {@code c} is for {@code a}. Among equals, a sibling from another note when the options
     * are names (one from the same part would be named in the passage); when they are definitions ("What is Amazon
     * Aurora?"), one from the same part of the same note, of the same topic: AWS SDK's, Shield's and WAF's
     * definitions, products of the same vendor, beside Aurora's "High-performance RDS database" under Databases
     * left one database among the options (rated WEAK).
     */
    private double score(CatalogTerm a, CatalogTerm c, boolean shownByName) {
        double s = kin(a, c);
        s += !a.folder().isEmpty() && a.folder().equals(c.folder()) ? 1 : 0;
        s += sameShape(a.name(), c.name()) ? 1 : -1;
        s += c.kind().isEmpty() ? 0 : 0.5;
        boolean sameFile = a.file().equals(c.file());
        if (shownByName) {
            // a neighbour of the same list is the distractor a student must tell apart (a blind review of the exam
            // notes asked for Cognito and Organizations beside STS, not Inspector and ELB from other notes)
            s += sameList(a, c) ? 1.5 : sameFile ? 0 : 0.5;
        } else {
            s += sameFile && !a.parent().isEmpty() && a.parent().equals(c.parent()) ? 1.5 : sameFile ? 0.5 : 0;
        }
        return s;
    }
}
