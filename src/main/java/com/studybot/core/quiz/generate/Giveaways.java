package com.studybot.core.quiz.generate;

import com.studybot.core.common.EditDistance;
import com.studybot.core.common.Terms;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ways a prompt gives its answer away beyond holding it word for word: the expansion of an abbreviated answer
 * ("Identity and Access Management" for IAM) or the abbreviation of a spelt-out one, a distinctive word of the
 * answer in another form ("encrypt" for Encryption, "layer" for layers), and a Chinese answer's characters.
 */
final class Giveaways {
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\d]{1,7}s?");
    private static final Set<String> JOINERS = Set.of("and", "of", "for", "the", "to", "&", "on", "in", "as", "a");
    private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}{2,}");
    /** Words too common to give a name away when the prompt shares them. */
    private static final Set<String> COMMON = Set.of(
            "you", "your", "use", "used", "can", "all", "any", "one", "two", "new", "not", "get", "set", "run", "out",
            "its", "has", "how", "what", "who", "why", "are", "was", "were", "will", "with", "from", "into", "over",
            "per", "via", "but", "nor", "yet", "own", "way", "day", "key", "top", "low", "big");

    private Giveaways() {}

    /** Whether {@code prompt} gives {@code answer} away, in any of its written forms. */
    static boolean givesAway(String prompt, String answer) {
        for (String form : TermForms.of(answer)) {
            if (form.startsWith("-")
                    && Pattern.compile("(?<![\\w-])" + Pattern.quote(form) + "(?![\\w-])")
                            .matcher(prompt)
                            .find()) {
                return true; // "grep -i" in the prompt of "-i / --ignore-case"
            }
            if (abbreviatedIn(prompt, form)
                    || numberSpelledOut(prompt, form)
                    || compoundOpensAcronym(prompt, form)
                    || expansionOf(prompt, form)
                    || abbreviationOf(prompt, form)
                    || sharesStem(prompt, form)
                    || han(prompt, form)) {
                return true;
            }
        }
        return false;
    }

    /** "one" at 1, "two" at 2…: each number word as a whole word, compiled once. */
    private static final List<Pattern> NUMBER_WORDS = java.util.stream.Stream.of(
                    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                    "twelve")
            .map(w -> Pattern.compile("(?i)(?<![\\p{L}])" + w + "(?![\\p{L}])"))
            .toList();

    private static final Pattern SMALL_NUMBER = Pattern.compile("(?<![\\w.])(\\d{1,2})(?![\\w.])");

    /**
     * A one-letter option whose letter starts a word of its description ("vertical list format" → -l, "Interpret
     * patterns as Perl-compatible regular expressions" → -P, "escaped" → -e): among other options the letter points
     * at the answer (rated WEAK three times in a blind review of the PDF sheets). Words of three letters or more.
     */
    static boolean optionInitial(String prompt, String answer) {
        var option = ONE_LETTER_OPTION.matcher(answer.strip());
        if (!option.matches()) {
            return false;
        }
        var quoted = QUOTED.matcher(prompt);
        String description =
                quoted.find() ? quoted.group(1) : prompt.replaceFirst("^(?:" + QuestionChecks.NAME_IT + ")", "");
        char letter = Character.toLowerCase(option.group(1).charAt(0));
        var word = WORD.matcher(description);
        while (word.find()) {
            if (Character.toLowerCase(word.group().charAt(0)) == letter) {
                return true;
            }
        }
        return false;
    }

    /**
     * A capital option whose letter starts a name in its description ("Interpret patterns as Perl-compatible regular
     * expressions" → -P): the capital says which word the option stands for (rated BROKEN in a blind review; a
     * lower-case letter starting a plain word, "list" for -l, was rated fair when typed). Any first form of the answer
     * ("-P / --perl-regexp").
     */
    static boolean capitalOption(String prompt, String answer) {
        var option = CAPITAL_OPTION.matcher(answer.strip());
        if (!option.lookingAt()) {
            return false;
        }
        String description =
                prompt.replaceFirst("^(?:" + QuestionChecks.NAME_IT + ")", "").strip();
        var word = WORD.matcher(description);
        while (word.find()) {
            if (word.start() > 0 && word.group().charAt(0) == option.group(1).charAt(0)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern CAPITAL_OPTION = Pattern.compile("-(\\p{Lu})(?![\\p{L}\\d])");

    private static final Pattern ONE_LETTER_OPTION = Pattern.compile("-(\\p{Alpha})");
    private static final Pattern QUOTED = Pattern.compile("“(.+)”");
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\d])\\p{IsLatin}{3,}");

    /** A number of the answer written out in the prompt: "one entry per line" for {@code ls -1}. */
    static boolean numberSpelledOut(String prompt, String answer) {
        Matcher m = SMALL_NUMBER.matcher(answer);
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (n < NUMBER_WORDS.size() && NUMBER_WORDS.get(n).matcher(prompt).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A short command the prompt spells out: "pwd" in "print working directory", "cat" in "concatenate", "rmdir"
     * in "remove directories": its letters in order through one to three words, starting with the first letter
     * of the first and taking at least one letter of each.
     */
    static boolean abbreviatedIn(String prompt, String answer) {
        String a = answer.strip();
        if (!a.matches("[a-z][a-z0-9]{1,5}")) {
            return false;
        }
        String[] words = Words.norm(prompt.replace(QuestionChecks.BLANK, " ")).split(" ");
        for (int i = 0; i < words.length; i++) {
            if (!words[i].isEmpty() && !words[i].equals(a) && spells(a, words, i, 0, 0, true)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code a} from {@code at} is spelt by words {@code w}… (at most three, each giving a letter; one
     * word in between may be passed over: "Removes specified directories" spells rmdir).
     */
    private static boolean spells(String a, String[] words, int w, int at, int used, boolean mayPass) {
        if (at == a.length()) {
            return used > 0;
        }
        if (w >= words.length || used >= 3 || words[w].isEmpty() || words[w].charAt(0) != a.charAt(at)) {
            return false;
        }
        // a.charAt(at) starts word w; later letters of a may come from the rest of it, in order
        String word = words[w];
        int k = at + 1;
        int pos = 1;
        while (true) {
            if (spells(a, words, w + 1, k, used + 1, mayPass)
                    || (mayPass && k < a.length() && spells(a, words, w + 2, k, used + 1, false))) {
                return true;
            }
            if (k == a.length()) {
                return false;
            }
            int next = word.indexOf(a.charAt(k), pos);
            if (next < 0) {
                return false;
            }
            pos = next + 1;
            k++;
        }
    }

    private static final Pattern HYPHENATED =
            Pattern.compile("(?<![\\p{L}\\d-])(\\p{L})\\p{L}*-(\\p{L})\\p{L}*(?![\\p{L}\\d-])");

    /**
     * A hyphenated compound of the prompt opens an acronym of the answer: "command-line tool" for "AWS Copilot
     * CLI", "auto-scaling" for ASG. The compound is one concept, so its two initials are the acronym's first two
     * letters by design, not by chance.
     */
    static boolean compoundOpensAcronym(String prompt, String answer) {
        for (String token : answer.split("[\\s/()]+")) {
            if (!token.matches("\\p{Lu}{3,5}")) {
                continue;
            }
            Matcher m = HYPHENATED.matcher(prompt);
            while (m.find()) {
                if ((m.group(1) + m.group(2)).toUpperCase(Locale.ROOT).equals(token.substring(0, 2))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The prompt spells out the acronym answer: capitalised words whose initials are its letters. */
    static boolean expansionOf(String prompt, String answer) {
        String a = answer.strip();
        if (!ACRONYM.matcher(a).matches()) {
            return false;
        }
        String letters = a.replaceFirst("s$", "").toUpperCase(Locale.ROOT);
        if (initialsRuns(prompt).stream().anyMatch(r -> r.contains(letters))) {
            return true;
        }
        // an expansion in parentheses, its words set apart by commas: "_____ (Extract, Transform, Load)" for ETL
        Matcher group = PARENTHESISED.matcher(prompt);
        while (group.find()) {
            if (initialsRuns(group.group(1).replaceAll("[,，]", " ")).stream().anyMatch(r -> r.equals(letters))) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern PARENTHESISED = Pattern.compile("[(（]([^)）]{3,80})[)）]");

    /** The prompt holds the acronym of a spelt-out answer ("IAM" for Identity and Access Management). */
    static boolean abbreviationOf(String prompt, String answer) {
        var runs = initialsRuns(answer);
        if (runs.isEmpty() || runs.get(0).length() < 2) {
            return false;
        }
        String letters = runs.get(0);
        var m = ACRONYM.matcher(prompt);
        while (m.find()) {
            String word = m.group().replaceFirst("s$", "");
            boolean whole = (m.start() == 0 || !Character.isLetterOrDigit(prompt.charAt(m.start() - 1)))
                    && (m.end() == prompt.length() || !Character.isLetterOrDigit(prompt.charAt(m.end())));
            if (whole && word.equals(letters)) {
                return true;
            }
        }
        return false;
    }

    /** The initials of every run of capitalised words (joined by "and", "of", "&" …), in upper case. */
    private static List<String> initialsRuns(String text) {
        var out = new ArrayList<String>();
        var run = new StringBuilder();
        for (String w : text.split("[\\s/]+")) {
            String word = w.replaceAll("^[^\\p{L}\\d&]+|[^\\p{L}\\d]+$", "");
            if (word.isEmpty()) {
                continue;
            }
            boolean joiner = JOINERS.contains(word.toLowerCase(Locale.ROOT));
            if (Character.isLetter(word.codePointAt(0)) && !joiner) {
                for (String part : word.split("-")) {
                    if (!part.isEmpty()) {
                        run.append(Character.toUpperCase(part.charAt(0)));
                    }
                }
            } else if (!joiner && run.length() > 0) {
                out.add(run.toString());
                run.setLength(0);
            }
            if (w.matches(".*[,.;:)(]$") && run.length() > 0) {
                out.add(run.toString());
                run.setLength(0);
            }
        }
        if (run.length() > 0) {
            out.add(run.toString());
        }
        return out;
    }

    /**
     * A distinctive word of the answer (five letters or more, or the only word) written another way in the
     * prompt: the same stem, or one starts with the other's first five letters or more ("encrypt", "Encryption").
     */
    static boolean sharesStem(String prompt, String answer) {
        String[] answerWords = Words.norm(answer).split(" ");
        var content = new ArrayList<String>();
        // a brand that starts a longer name ("Docker" of Docker Swarm) is shared by all its siblings: no giveaway;
        // but in a Chinese prompt it is the one Latin word ("Python" of Python Snippets in "让我们的 Python 编程…")
        // nor when the prompt writes it as a plain word ("operates at Layer 7 (application level)" for Application
        // Load Balancer)
        boolean branded = answerWords.length > 1
                && answer.strip().matches("\\p{Lu}\\S*\\s+\\p{Lu}.*")
                && !Words.chinese(prompt)
                && !writtenLowerCase(prompt, answer.strip().split("\\s+")[0]);
        for (int i = branded ? 1 : 0; i < answerWords.length; i++) {
            String w = answerWords[i];
            if (!w.isEmpty() && !TermForms.VENDORS.contains(w) && !JOINERS.contains(w)) {
                content.add(w);
            }
        }
        String[] promptWords =
                Words.norm(prompt.replace(QuestionChecks.BLANK, " ")).split(" ");
        for (String a : content) {
            if (a.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                continue; // Chinese is compared by characters
            }
            if (a.length() < 3 || COMMON.contains(a)) {
                continue;
            }
            for (String p : promptWords) {
                if (p.length() >= 3 && (related(a, p) || (content.size() == 1 && compound(a, p)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code prompt} holds {@code word} (capitalised in the answer) as a plain lower-case word, in any of its
     * forms ("manually" for Manual Scaling, "save" for Savings Plans).
     */
    private static boolean writtenLowerCase(String prompt, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.equals(word)) {
            return false;
        }
        String root = root(lower);
        String base = base(lower);
        Matcher m = LOWER_WORD.matcher(prompt);
        while (m.find()) {
            if (m.group().equals(lower)
                    || (root.length() >= 4 && root(m.group()).equals(root))
                    || (lower.length() >= 5
                            && base.length() >= 3
                            && base(m.group()).equals(base))) {
                return true;
            }
        }
        return false;
    }

    /** A word stemmed until it stays the same, without a final "e": "savings", "saving" and "save" are "sav". */
    private static String base(String word) {
        String w = word;
        for (String next = Terms.stem(w); !next.equals(w); next = Terms.stem(w)) {
            w = next;
        }
        return w.length() > 3 && w.endsWith("e") ? w.substring(0, w.length() - 1) : w;
    }

    private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}\\d-])\\p{Ll}[\\p{Ll}\\d]*(?![\\p{L}\\d-])");

    /**
     * A word without its inflection, a little further than {@link Terms#stem}: "scaling", "scales" and "scale" are
     * "scal", "manually" is "manual".
     */
    static String root(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String end : new String[] {"ally", "ly", "ing", "ed", "es", "s"}) {
            if (w.endsWith(end) && w.length() - end.length() >= 4) {
                w = w.substring(0, w.length() - end.length()) + (end.equals("ally") ? "al" : "");
                break;
            }
        }
        return w.endsWith("e") && w.length() > 4 ? w.substring(0, w.length() - 1) : w;
    }

    private static boolean related(String a, String p) {
        if (Terms.stem(a).equals(Terms.stem(p)) || (root(a).length() >= 4 && root(a).equals(root(p)))) {
            return true; // "scaling" and "scales"
        }
        if (a.length() >= 5 && base(a).length() >= 3 && base(a).equals(base(p))) {
            return true; // "savings" and "save"
        }
        int common = 0;
        while (common < Math.min(a.length(), p.length()) && a.charAt(common) == p.charAt(common)) {
            common++;
        }
        int suffix = 0;
        while (suffix < Math.min(a.length(), p.length())
                && a.charAt(a.length() - 1 - suffix) == p.charAt(p.length() - 1 - suffix)) {
            suffix++;
        }
        if (suffix >= 5 && a.length() - suffix <= 2 && p.length() - suffix <= 2) {
            return true; // "encoder" and "decoder": one prefix apart
        }
        if (Math.min(a.length(), p.length()) >= 5
                && Math.max(a.length(), p.length()) >= 6
                && EditDistance.within(a, p, 1)) {
            return true; // a brand spelt off a word: "Rekognition" and "recognition"; a typo: "Skpeo" for "Skopeo"
        }
        int shorter = Math.min(a.length(), p.length());
        return (common >= 4 && common * 5 >= shorter * 4) || common >= 7;
    }

    /** One word holds the other whole: "Podman" and "pods", "Dockerfile" and "file". */
    private static boolean compound(String a, String p) {
        String sa = Terms.stem(a);
        String sp = Terms.stem(p);
        return (sa.length() >= 3 && sp.length() >= 3)
                && (p.startsWith(sa)
                        || a.startsWith(sp)
                        || a.endsWith(sp)
                        || p.endsWith(sa)
                        // "Microservices" and "services" once both lose their ending
                        || (sp.length() >= 5 && sa.endsWith(sp)));
    }

    /** A Chinese answer whose two-character words stand in the prompt (字节 in "每个字节…"). */
    static boolean han(String prompt, String answer) {
        String bare = answer.replaceAll("[（(][^)）]*[)）]", "");
        String p = prompt.replace(QuestionChecks.BLANK, "|");
        String han = bare.replaceAll("[^\\p{IsHan}]", "");
        if (han.length() == 1 && p.contains(han)) {
            return true; // 位 in "最小存储单位"
        }
        var m = HAN_RUN.matcher(bare);
        while (m.find()) {
            String run = m.group();
            if (run.length() <= 4 ? containsAny(p, run) : containsHalf(p, run)) {
                return true;
            }
        }
        return false;
    }

    /** Whether any two characters of a short Chinese answer stand together in the prompt ("自动" of 自动补全). */
    private static boolean containsAny(String prompt, String run) {
        for (int i = 0; i + 2 <= run.length(); i++) {
            if (prompt.contains(run.substring(i, i + 2))) {
                return true;
            }
        }
        return false;
    }

    /** Whether more than half of a long Chinese answer's two-character pieces are in the prompt. */
    private static boolean containsHalf(String prompt, String run) {
        int pieces = run.length() - 1;
        int found = 0;
        for (int i = 0; i + 2 <= run.length(); i++) {
            if (prompt.contains(run.substring(i, i + 2))) {
                found++;
            }
        }
        return found * 2 > pieces;
    }
}
