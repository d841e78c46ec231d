package com.studybot.core.quiz;

import com.studybot.core.common.EditDistance;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Grades typed answers the way a fair teacher would: case, punctuation, articles and spacing don't matter,
 * a typo or two is forgiven in longer answers (one edit per five letters, at most three), but numbers and
 * acronyms must be exactly right ("EKS" is not "ECS", "15 minutes" is not "16 minutes"). An answer with a
 * parenthesis also accepts its parts: "Cloud Native Computing Foundation (CNCF)" takes "CNCF", and a product
 * name may leave out its vendor: "AWS Fargate" takes "Fargate".
 */
public final class AnswerGrader {
    /** How typed answers are graded, in a sentence for people who check the questions (the audit). */
    public static final String RULES = "How typed answers are graded: case, punctuation, spacing, articles (a, an, the)"
            + " and a plural ending do not matter (\"Docker Hub\" is right for \"Dockerhub\", \"pod\" for \"pods\");"
            + " one typo per five letters is forgiven (at most three), but acronyms and numbers must be exact;"
            + " only when the answer starts with a vendor's name (AWS, Amazon, Google, Azure, …) may that name be left"
            + " out or another vendor's written (\"Fargate\" or \"Amazon Fargate\" for \"AWS Fargate\"), and then"
            + " \"Elastic\", \"Simple\" or \"Managed\" too (\"Beanstalk\" for \"AWS Elastic Beanstalk\", not for"
            + " \"Elastic Beanstalk\"); \"&\" and \"and\" are the same. The other forms a question takes are listed"
            + " after its answer";

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** Vendor words that prefix product names and may be left out when naming them ("AWS Fargate"). */
    public static final Set<String> VENDORS =
            Set.of("aws", "amazon", "google", "azure", "microsoft", "apache", "oracle", "ibm");

    /** A parenthesis, ASCII or full width: "字节（byte）" takes "byte". */
    private static final Pattern PARENTHESIS = Pattern.compile("[(（]([^)）]*)[)）]");
    /** Words that prefix a product's core name and may be left out with the vendor: "AWS Elastic Beanstalk". */
    private static final Set<String> PREFIXES = Set.of("elastic", "simple", "managed");

    private static final Pattern PROTECTED = Pattern.compile("\\b(?:\\p{Lu}{2,}\\w*|\\w*\\d\\w*)\\b");

    /** A command-line option as typed: "-a", "--all", "-P", "--color=auto". */
    private static final Pattern OPTION = Pattern.compile("--?[A-Za-z0-9][\\w-]*(?:=\\S+)?");

    /** Where an answer lists the same option's forms: "-a / --all", "-r, --recursive", "-v or --verbose". */
    private static final Pattern FORMS = Pattern.compile("\\s*(?:/|,|\\bor\\b)\\s*");

    public Grade grade(String given, String expected, List<String> aliases) {
        String typed = given.strip();
        if (OPTION.matcher(typed).matches()) {
            // an option is exact, letter case too ("-p" is not "-P"); any one of the answer's forms is right
            List<String> forms = optionForms(expected, aliases);
            if (!forms.isEmpty()) {
                return forms.contains(typed) ? new Grade.Correct(typed, 0) : new Grade.Incorrect(expected);
            }
        }
        if (shortcut(expected)) {
            // keys are exact: "Ctrl + Z" is one letter from "Ctrl + C" and another shortcut
            String keys = normalise(keys(given)).replace(" ", "");
            return accepted(expected, aliases).stream()
                    .filter(a -> !keys.isEmpty()
                            && normalise(keys(a)).replace(" ", "").equals(keys))
                    .findFirst()
                    .<Grade>map(a -> new Grade.Correct(a, 0))
                    .orElseGet(() -> new Grade.Incorrect(expected));
        }
        String answer = normalise(given);
        if (answer.isEmpty()) {
            return new Grade.Incorrect(expected);
        }
        for (String accepted : accepted(expected, aliases)) {
            String target = normalise(accepted);
            if (target.isEmpty() || !protectedTokensMatch(accepted, answer)) {
                continue;
            }
            int typos = EditDistance.between(answer, target);
            if (typos <= allowedTypos(target)) {
                return new Grade.Correct(accepted, typos);
            }
            // "Cloud 9" for "Cloud9", "pod" for "pods": the same words written apart or in the singular
            String a = singular(answer).replace(" ", "");
            String t = singular(target).replace(" ", "");
            int loose = EditDistance.between(a, t);
            if (loose <= allowedTypos(t) && !t.isEmpty()) {
                return new Grade.Correct(accepted, loose);
            }
        }
        return new Grade.Incorrect(expected);
    }

    /**
     * The answer itself, without its parenthesis, the parenthesis alone, without a vendor's name in front
     * ("AWS Fargate" takes "Fargate", "Amazon EKS" takes "EKS"), and the aliases.
     */
    private static List<String> accepted(String expected, List<String> aliases) {
        var all = new LinkedHashSet<String>();
        all.add(expected);
        all.addAll(parts(expected));
        all.addAll(aliases);
        for (String a : List.copyOf(all)) {
            String[] words = a.strip().split("\\s+", 2);
            if (words.length == 2 && VENDORS.contains(words[0].toLowerCase(Locale.ROOT))) {
                all.add(words[1]);
                VENDORS.forEach(v -> all.add(v + " " + words[1])); // "Amazon Amplify" for "AWS Amplify"
                String[] rest = words[1].split("\\s+");
                if (rest.length == 2 && PREFIXES.contains(rest[0].toLowerCase(Locale.ROOT)) && rest[1].length() >= 5) {
                    all.add(rest[1]); // "Beanstalk" for "AWS Elastic Beanstalk"
                }
            }
        }
        return new ArrayList<>(all);
    }

    /**
     * An answer's two parts when it gives one in parentheses ("Cloud Native Computing Foundation (CNCF)" → the name,
     * CNCF; "字节（byte）" → 字节, byte): either typed alone is right. Empty without parentheses.
     */
    public static List<String> parts(String expected) {
        Matcher m = PARENTHESIS.matcher(expected);
        if (!m.find()) {
            return List.of();
        }
        String outside = PARENTHESIS.matcher(expected).replaceAll(" ").strip();
        if (m.group(1).strip().split("\\s+").length > 4) {
            return List.of(outside); // "Kubernetes (8 letters between the K and the s)": an explanation, no name
        }
        return List.of(outside, m.group(1).strip());
    }

    /**
     * The command-line options among the answer's forms and its aliases ("-a / --all" → -a, --all): any one of them
     * typed alone is right.
     */
    public static List<String> optionForms(String expected, List<String> aliases) {
        var written = new ArrayList<String>(aliases);
        written.add(0, expected);
        var forms = new ArrayList<String>();
        for (String a : written) {
            for (String part : FORMS.split(a.strip())) {
                if (OPTION.matcher(part).matches()) {
                    forms.add(part);
                }
            }
        }
        return forms;
    }

    /** A key or a key combination: "Ctrl + C", "Ctrl + Shift + C", "TAB". */
    private static final Pattern SHORTCUT =
            Pattern.compile("(?i)(?:(?:ctrl|crtl|alt|shift|cmd|meta|super|fn)\\s*\\+\\s*)+\\S+|tab|esc|enter");

    /** Whether the answer is a key or a key combination, typed as keys ("ctrl-c", "^C", "Control+C"). */
    public static boolean shortcut(String expected) {
        return SHORTCUT.matcher(expected.strip()).matches();
    }

    /** Keys as people type them, in the notes' names: "^C" and "Control-C" are "Ctrl C", "Escape" is "Esc". */
    private static String keys(String typed) {
        return typed.strip()
                .replaceFirst("^\\^\\s*", "ctrl ")
                .replaceAll("(?i)\\bcontrol\\b", "ctrl")
                .replaceAll("(?i)\\bescape\\b", "esc")
                .replaceAll("(?i)\\breturn\\b", "enter")
                .replaceAll("(?i)\\bcommand\\b|⌘", "cmd");
    }

    static int allowedTypos(String normalisedTarget) {
        return Math.min(3, normalisedTarget.replace(" ", "").length() / 5);
    }

    private static boolean protectedTokensMatch(String accepted, String answer) {
        Set<String> words = new HashSet<>(Arrays.asList(answer.split(" ")));
        Matcher m = PROTECTED.matcher(accepted);
        while (m.find()) {
            String token = m.group().toLowerCase(Locale.ROOT);
            if (!words.contains(token) && !answer.replace(" ", "").contains(token)) {
                return false;
            }
        }
        return true;
    }

    private static String singular(String normalised) {
        return Arrays.stream(normalised.split(" "))
                .map(w -> w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w)
                .collect(java.util.stream.Collectors.joining(" "));
    }

    static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ");
        s = s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return String.join(
                " ",
                Arrays.stream(s.split(" "))
                        .filter(w -> !w.isEmpty() && !ARTICLES.contains(w))
                        .toList());
    }
}
