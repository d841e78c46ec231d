package com.studybot.core.quiz.generate;

import com.studybot.core.content.Note;
import com.studybot.core.content.Section;
import com.studybot.core.content.Sentences;
import com.studybot.core.quiz.QuizItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "What does RNN stand for?" from a sentence that spells an abbreviation out: "RELU stands for rectified linear
 * unit", "CNN or convolutional neural networks", "Support vector machine (SVM)", "IAM (Identity and Access
 * Management)". Asked typed only: among written-out options the initials would tell the answer. Only an
 * abbreviation the notes use again elsewhere is asked (a thing of the notes, not a passing aside), once per
 * corpus, and only when its letters are the words' own initials (or the start of them: "Re" of "Rectified").
 * English notes only for now: a Chinese note spells one out as "容器运行时接口（Container Runtime Interface，CRI）".
 */
final class Acronyms {
    private static final String ACRONYM = "([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*?)s?";
    private static final String WORDS = "([A-Za-z][A-Za-z-]*(?:\\s+[A-Za-z][A-Za-z-]*){1,7})";
    /**
     * "RELU stands for rectified linear unit", "CNN or convolutional neural networks", "NLP which stands for natural
     * language processing", "XML, which stands for “Extensible Markup Language”".
     */
    private static final Pattern SPELT_AFTER = Pattern.compile("(?<![\\w-])" + ACRONYM
            + "(?:\\s*,?\\s+which)?\\s+(?:stands for|is short for|or)\\s+[\"“]?(?:the\\s+)?"
            + WORDS + "(?![\\w-])");
    /** "IAM (Identity and Access Management)". */
    private static final Pattern SPELT_IN_BRACKETS =
            Pattern.compile("(?<![\\w-])" + ACRONYM + "\\s*\\(\\s*" + WORDS + "\\s*\\)");
    /** "Support vector machine (SVM)". */
    private static final Pattern NAMED_IN_BRACKETS =
            Pattern.compile("(?<![\\w-])" + WORDS + "\\s*\\(\\s*" + ACRONYM + "\\s*\\)");

    /** Words an abbreviation's letters may leave out ("of", "and"). */
    static final Set<String> SMALL = Set.of("of", "and", "the", "for", "to", "a", "an", "in", "on", "with");

    private final Map<String, Integer> uses = new HashMap<>();
    /** Abbreviations the notes also write in the plural ("ACLs"): the things they name are counted. */
    private final Set<String> counted = new HashSet<>();

    /** Counts each abbreviation's uses across the notes. */
    Acronyms(List<Note> notes) {
        Pattern word = Pattern.compile("(?<![\\w-])[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*(?![\\w-])");
        for (Note n : notes) {
            for (Section s : n.sections()) {
                Matcher m = word.matcher(String.join("\n", s.headingPath()) + "\n" + s.text());
                while (m.find()) {
                    uses.merge(key(m.group()), 1, Integer::sum);
                    if (!key(m.group()).equals(m.group().toUpperCase(Locale.ROOT))) {
                        counted.add(key(m.group()));
                    }
                }
            }
        }
    }

    /**
     * "What does X stand for?" for each abbreviation the notes spell out and use, from the longest sentence that
     * spells it (prose rather than a table of contents' "AWS Cloud Development Kit (CDK)"), unless another question already
     * asks for it by what it is or does ({@code asked}: the answers of the other questions): "What does ECS stand
     * for?" beside "_____ is AWS's own container orchestrator" → Amazon ECS tests the initials only, and a run of
     * them (ECS, EKS, ECR) is guessed from the first (rated WEAK five times in blind reviews of our notes and the
     * seeds).
     */
    List<QuizItem> all(List<Note> notes, Set<String> asked, Rejects rejects) {
        var best = new LinkedHashMap<String, Found>();
        for (Note n : notes) {
            for (Section s : n.sections()) {
                if (Words.chinese(s.text())) {
                    continue;
                }
                for (String sentence : Sentences.split(s.text())) {
                    spelt(sentence)
                            .filter(p -> uses.getOrDefault(key(p.acronym()), 0) >= 2) // else an aside
                            .ifPresent(p -> best.merge(
                                    key(p.acronym()),
                                    new Found(n, s, sentence.strip(), p),
                                    (a, b) -> Words.count(b.sentence()) > Words.count(a.sentence()) ? b : a));
                }
            }
        }
        return best.values().stream()
                .filter(f -> {
                    boolean elsewhere = asked.contains(named(f.spelt().acronym()))
                            || asked.contains(named(f.spelt().words()));
                    if (elsewhere) {
                        rejects.count(
                                Rejects.ASKED_AS_A_THING,
                                "What does " + f.spelt().acronym() + " stand for? → "
                                        + f.spelt().words());
                    }
                    return !elsewhere;
                })
                .map(this::ask)
                .toList();
    }

    /**
     * What each abbreviation of the notes stands for, as they first spell it out ("ECR" → "Elastic Container
     * Registry"): a typed answer may give the words instead of the letters.
     */
    static Map<String, String> expansions(List<Note> notes) {
        var out = new HashMap<String, String>();
        spelledOut(notes).forEach(p -> out.putIfAbsent(p.acronym(), p.words()));
        return out;
    }

    /**
     * The abbreviation of each name the notes spell one out for, keyed by the name as {@link Words#norm} writes it
     * ("elastic load balancing" → "ELB"): a typed answer may give the letters instead of the words.
     */
    static Map<String, String> abbreviations(List<Note> notes) {
        var out = new HashMap<String, String>();
        spelledOut(notes).forEach(p -> out.putIfAbsent(Words.norm(p.words()), p.acronym()));
        return out;
    }

    /** Every abbreviation spelt out in the notes' English sentences, in the order the notes write them. */
    private static List<Spelt> spelledOut(List<Note> notes) {
        var out = new ArrayList<Spelt>();
        for (Note n : notes) {
            for (Section s : n.sections()) {
                if (Words.chinese(s.text())) {
                    continue;
                }
                for (String sentence : Sentences.split(s.text())) {
                    spelt(sentence).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    /** A name as questions' answers are compared: its words, without a vendor in front ("Amazon ECS" is ECS). */
    static String named(String name) {
        String n = Words.norm(name);
        for (String vendor : com.studybot.core.quiz.AnswerGrader.VENDORS) {
            if (n.startsWith(vendor + " ")) {
                return n.substring(vendor.length() + 1);
            }
        }
        return n;
    }

    private record Found(Note note, Section section, String sentence, Spelt spelt) {}

    /** An abbreviation and the words it abbreviates. */
    record Spelt(String acronym, String words) {}

    static Optional<Spelt> spelt(String sentence) {
        for (Pattern p : List.of(SPELT_AFTER, SPELT_IN_BRACKETS)) {
            Matcher m = p.matcher(sentence);
            while (m.find()) {
                Optional<Spelt> found = matching(m.group(1), m.group(2), true)
                        // in brackets, the words are the whole expansion: "GloVe (Global vectors for word
                        // representation)" is not "Global vectors"
                        .filter(f -> p != SPELT_IN_BRACKETS
                                || f.words().equals(m.group(2).trim()));
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        Matcher m = NAMED_IN_BRACKETS.matcher(sentence);
        while (m.find()) {
            Optional<Spelt> found = matching(m.group(2), m.group(1), false);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * The longest run of {@code words} whose initials spell {@code acronym} ("Integrated Development
     * Environment", not "Integrated Development" with the "de" of the second): starting at the first word when the
     * words follow the abbreviation ("RELU stands for rectified linear unit is the most popular …"), ending at
     * the last when they come before it ("Useful types are convolutional neural networks (CNN)").
     */
    private static Optional<Spelt> matching(String acronym, String words, boolean fromFirst) {
        // capitals mostly: a word blended from two ("ResNet", "GloVe") has no initials to spell
        if (!Choices.abbreviation(acronym)) {
            return Optional.empty();
        }
        List<String> all = List.of(words.trim().split("\\s+"));
        for (int length = all.size(); length >= 2; length--) {
            var run = fromFirst ? all.subList(0, length) : all.subList(all.size() - length, all.size());
            if (SMALL.contains(run.get(0).toLowerCase(Locale.ROOT))
                    || SMALL.contains(run.get(run.size() - 1).toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (spells(acronym.toLowerCase(Locale.ROOT), parts(run), 0, 0)) {
                return run.stream().anyMatch(Acronyms::notAWordOfAName)
                        ? Optional.empty()
                        : Optional.of(new Spelt(acronym, String.join(" ", run)));
            }
        }
        return Optional.empty();
    }

    /**
     * A word no expansion holds: another abbreviation ("Bidirectional RNN" is half spelt out) or an adverb
     * ("Automatically speech recognition", a slip of the notes for "Automatic").
     */
    private static boolean notAWordOfAName(String word) {
        return word.matches("[A-Z]{2,}s?") || word.matches("(?i)\\p{L}{4,}ly");
    }

    /** The words, hyphenated ones split ("Short-Term" gives two initials). */
    private static List<String> parts(List<String> words) {
        var out = new ArrayList<String>();
        for (String w : words) {
            for (String p : w.split("-")) {
                if (!p.isEmpty()) {
                    out.add(p.toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    /**
     * Whether {@code letters} from {@code at} are spelt by {@code words} from {@code word}: each word gives a
     * prefix of itself (small words may give nothing), every word is used, in order.
     */
    private static boolean spells(String letters, List<String> words, int at, int word) {
        if (word == words.size()) {
            return at == letters.length();
        }
        String w = words.get(word);
        if (SMALL.contains(w) && spells(letters, words, at, word + 1)) {
            return true;
        }
        for (int k = 1; k <= w.length() && at + k <= letters.length(); k++) {
            if (letters.charAt(at + k - 1) != w.charAt(k - 1)) {
                break;
            }
            if (spells(letters, words, at + k, word + 1)) {
                return true;
            }
        }
        return false;
    }

    private QuizItem ask(Found f) {
        Note n = f.note();
        Section s = f.section();
        Spelt p = f.spelt();
        String id = TableQuestions.id("acronym", n.path(), p.words(), s.headingLabel() + "\n" + f.sentence());
        String words = counted.contains(key(p.acronym())) ? singular(p.words()) : p.words();
        String answer = Character.toUpperCase(words.charAt(0)) + words.substring(1);
        // a heading naming the abbreviation stays (the prompt names it too, and "Amazon EBS" says which EBS is
        // meant); one spelling it out goes
        Predicate<String> spellsOut =
                h -> Words.containsPhrase(h, p.words()) || Words.containsPhrase(h, words) || halfSpelt(h, p.words());
        return QuestionGenerator.typedItem(
                id,
                n,
                s,
                "What does " + p.acronym() + " stand for?",
                answer,
                List.of(),
                f.sentence(),
                Topics.context(n.path(), s.headingPath(), spellsOut, spellsOut));
    }

    /**
     * Whether {@code heading} holds two words of the spelt-out name running ("AWS 中Container Services" above "What
     * does ECS stand for?", Elastic Container Service): most of the answer, give or take a plural.
     */
    static boolean halfSpelt(String heading, String words) {
        List<String> spelt = java.util.Arrays.stream(Words.norm(words).split(" "))
                .map(com.studybot.core.common.Terms::stem)
                .toList();
        List<String> said = java.util.Arrays.stream(
                        Words.norm(heading.replaceAll("(\\p{IsHan})(\\p{IsLatin})", "$1 $2"))
                                .split(" "))
                .map(com.studybot.core.common.Terms::stem)
                .toList();
        for (int i = 0; i + 1 < spelt.size(); i++) {
            for (int j = 0; j + 1 < said.size(); j++) {
                if (spelt.get(i).equals(said.get(j)) && spelt.get(i + 1).equals(said.get(j + 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The words with their last in the singular, for a thing the notes count ("What does ACL stand for?" is an
     * Access Control List, though the sentence spelt out "Access Control Lists (ACLs)").
     */
    static String singular(String words) {
        int last = words.lastIndexOf(' ') + 1;
        String word = words.substring(last);
        String one;
        if (word.matches("(?i).*[^aeiou]ies")) {
            one = word.substring(0, word.length() - 3)
                    + (Character.isUpperCase(word.charAt(word.length() - 3)) ? "Y" : "y");
        } else if (word.matches("(?i).*(?:ss|us|is)") || !word.matches("(?i).*s")) {
            one = word;
        } else if (word.matches("(?i).*(?:sses|xes)")) {
            one = word.substring(0, word.length() - 2);
        } else {
            one = word.substring(0, word.length() - 1);
        }
        return words.substring(0, last) + one;
    }

    /** One key for an abbreviation however its case runs and in the plural: "ReLU", "RELU" and "RELUs" are one. */
    private static String key(String acronym) {
        String singular = acronym.length() > 2
                        && acronym.endsWith("s")
                        && Character.isUpperCase(acronym.charAt(acronym.length() - 2))
                ? acronym.substring(0, acronym.length() - 1)
                : acronym;
        return singular.toUpperCase(Locale.ROOT);
    }
}
